import { expect, test } from '@playwright/test';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import { expectNoAxeViolations, signIn } from '../support/admin-page.ts';
import { adultStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Issue 13: a story that speaks of danger now reaches a coordinator even when the spam check
// held it: at the top of the open queue and in "Urgent only", its status saying it was held.

let heard: RunningHeard;
let coordinator: StaffAccount;

test.beforeAll(async () => {
  heard = await startHeard();
  coordinator = await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  const send = (story: Record<string, unknown>) =>
    fetch(`${heard.url}/api/v1/stories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(story),
    });
  await send(adultStory({ elapsedMs: 300_000 }));
  // Sent in a millisecond, so held as possible spam; urgent, because someone is putting them at risk now.
  await send(adultStory({ atRiskNow: 'yes', feelSafer: 'less_safe', elapsedMs: 1 }));
});
test.afterAll(async () => heard.close());

test('an urgent story held as possible spam heads the open queue and is in Urgent only', async ({
  page,
}) => {
  await signIn(page, heard, coordinator);
  await expect(page.getByRole('heading', { level: 1, name: 'Stories to moderate' })).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Held as possible spam');
  await expect(rows.first()).toContainText('Urgent');
  await expectNoAxeViolations(page, 'queue with a held urgent story');

  await page.getByLabel('Urgency').selectOption({ label: 'Urgent only' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Held as possible spam');
});
