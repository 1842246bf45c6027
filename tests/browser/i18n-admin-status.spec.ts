import { expect, test } from '@playwright/test';
import { LANGUAGES } from '../../domain/languages.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openAdmin,
  signIn,
} from '../support/admin-page.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Issue 8: admins see each catalogue's review status, so a partner knows what a native speaker
// has checked.

let heard: RunningHeard;
let admin: StaffAccount;
test.beforeAll(async () => {
  heard = await startHeard();
  admin = await createStaff(heard.deps, { role: 'admin' });
});
test.afterAll(async () => heard.close());

for (const width of [320, 1280]) {
  test(`the settings page lists each language's review status at ${width}px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, heard, admin);
    await openAdmin(page, heard, '/admin/settings', 'Settings');
    const table = page.getByTestId('language-statuses');
    await expect(table.locator('tbody tr')).toHaveCount(LANGUAGES.length);
    const arabic = table.locator('tbody tr', { hasText: 'Arabic' });
    await expect(arabic).toContainText('Machine-drafted');
    await expect(arabic.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
    await expect(table.locator('tbody tr', { hasText: 'English' }).first()).toContainText(
      'Community-reviewed',
    );
    if (width === 320) await expectNoHorizontalScroll(page, 'settings languages');
    await expectNoAxeViolations(page, `settings languages ${width}`);
  });
}
