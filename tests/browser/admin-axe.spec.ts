import { expect, type Page, test } from '@playwright/test';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  AdminClient,
  createStaff,
  type StaffAccount,
  urlRequester,
} from '../support/admin-client.ts';
import {
  ageAuthentication,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  freshTotp,
  openAdmin,
  signIn,
  submitStory,
} from '../support/admin-page.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

let heard: RunningHeard;
let coordinator: StaffAccount;
let admin: StaffAccount;
let storyId: number;
let siteKey: string;
let setupLink: string;

test.beforeAll(async () => {
  heard = await startHeard();
  coordinator = await createStaff(heard.deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
    totp: true,
  });
  admin = await createStaff(heard.deps, { role: 'admin' });
  storyId = await submitStory(heard, {
    story: 'Ann Smith from Oak House rang me on 07700 900982 and it is still happening.',
    atRiskNow: 'yes',
  });
  await submitStory(heard);
  const client = new AdminClient(urlRequester(heard.url));
  await client.signIn(admin);
  const invited = await client.post('/admin/api/users', {
    email: 'new.coordinator@staff.example',
    role: 'coordinator',
    boardIds: [1],
  });
  setupLink = ((await invited.json()) as { setupUrl: string }).setupUrl;
  const site = await heard.deps.db.selectFrom('site').select('key').executeTakeFirstOrThrow();
  siteKey = site.key;
});
test.afterAll(async () => heard.close());

const WIDTHS = [320, 1280] as const;

async function check(page: Page, state: string) {
  if ((page.viewportSize()?.width ?? 0) <= 320) await expectNoHorizontalScroll(page, state);
  await expectNoAxeViolations(page, state);
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('sign-in, its errors, the code step, set-up and not-found pages have no axe violations', async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await openAdmin(page, heard, '/admin/sign-in', 'Sign in to Heard');
      await check(page, 'sign-in');

      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert')).toContainText('Enter your email address');
      await expect(page.locator('.govuk-error-summary')).toBeFocused();
      await expect(page).toHaveTitle(/^Error: /);
      await check(page, 'sign-in with errors');

      await page.getByLabel('Email address').fill(coordinator.email);
      await page.getByLabel('Password').fill('not the password at all');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert')).toContainText(/Check your email address and password/);
      await check(page, 'sign-in refused');

      await page.getByLabel('Password').fill(coordinator.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: /authenticator app/ }),
      ).toBeVisible();
      await check(page, 'code step');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert')).toContainText('6-digit code');
      await check(page, 'code step with an error');

      await page.context().clearCookies();
      await openAdmin(
        page,
        heard,
        new URL(setupLink).pathname + new URL(setupLink).search,
        'Set up your Heard account',
      );
      await expect(page.getByText('new.coordinator@staff.example')).toBeVisible();
      await check(page, 'set-up');
      await page.getByLabel('Password', { exact: true }).fill('password');
      await page.getByRole('button', { name: 'Save password and continue' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await check(page, 'set-up with an error');

      await openAdmin(
        page,
        heard,
        '/admin/setup?token=not-a-real-token',
        'This set-up link does not work',
      );
      await check(page, 'set-up link not working');
      await openAdmin(page, heard, '/admin/nowhere', 'Page not found');
      await check(page, 'not found');
    });

    test('coordinator pages have no axe violations: queue full and empty, story, editor, re-authentication', async ({
      page,
    }) => {
      test.setTimeout(360_000);
      await signIn(page, heard, coordinator);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Stories to moderate' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: `Story ${storyId}` })).toBeVisible();
      await check(page, 'queue with stories');
      await openAdmin(page, heard, '/admin/queue?status=expired', 'Stories to moderate');
      await expect(page.getByText('There are no stories here.')).toBeVisible();
      await check(page, 'queue empty');

      await openAdmin(page, heard, `/admin/stories/${storyId}`, `Story ${storyId}`);
      await check(page, 'story page');
      await page.getByRole('button', { name: 'Record safeguarding check' }).click();
      await expect(page.getByRole('alert')).toContainText('Select the outcome');
      await check(page, 'safeguarding check with an error');
      await page.getByLabel('Escalated').check();
      await check(page, 'safeguarding check, escalated revealed');

      // Re-authentication: an old proof of identity makes the API answer 428.
      await ageAuthentication(heard, coordinator.user.id);
      await page.getByLabel('Why do you need to read the original text?').fill('To redact it');
      await page.getByRole('button', { name: 'Open original text' }).click();
      const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
      await expect(dialog).toBeVisible();
      await check(page, 're-authentication prompt');
      await dialog.getByRole('button', { name: /Use a code/ }).click();
      await dialog
        .getByLabel('Code from your authenticator app')
        .fill(await freshTotp(coordinator.totpSecret ?? ''));
      await dialog.getByRole('button', { name: 'Continue' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('#preview')).toContainText('[phone number]');
      await check(page, 'redaction editor');
      await page.getByRole('button', { name: 'Remove selected words' }).click();
      await expect(
        page.getByText('Select the words to remove first', { exact: false }).first(),
      ).toBeVisible();
      await page.getByLabel('Or type the exact words to remove').fill('purple giraffe');
      await page.getByRole('button', { name: 'Remove these words' }).click();
      await expect(page.getByText(/could not find/).first()).toBeVisible();
      await check(page, 'redaction editor with errors');
      await page.getByRole('button', { name: 'Save curated story' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Enter a title' })).toBeVisible();
      await check(page, 'curated story with errors');

      await openAdmin(page, heard, '/admin/themes', 'Local themes');
      await check(page, 'local themes');
      await openAdmin(page, heard, '/admin/account', 'Your account');
      await check(page, 'account');
      await openAdmin(page, heard, '/admin/users', 'You do not have access to this page');
      await check(page, 'no access');
    });

    test('admin pages have no axe violations', async ({ page }) => {
      test.setTimeout(360_000);
      await signIn(page, heard, admin);
      await openAdmin(page, heard, '/admin/users', 'Users');
      await check(page, 'users');
      await page.getByRole('button', { name: 'Add user and show set-up link' }).click();
      await expect(page.getByRole('alert')).toContainText('Enter their email address');
      await check(page, 'users with errors');
      await page.getByLabel('Email address').fill(`invite.${width}@staff.example`);
      await page.getByLabel('Forum coordinator').check();
      await page.getByLabel('Demo Safeguarding Adults Board').check();
      await page.getByRole('button', { name: 'Add user and show set-up link' }).click();
      await expect(page.locator('#setup-link')).toContainText('/admin/setup?token=');
      await check(page, 'users with a set-up link');
      await openAdmin(page, heard, '/admin/boards', 'Boards');
      await check(page, 'boards');
      await openAdmin(page, heard, '/admin/partners', 'Partners');
      await check(page, 'partners');
      await openAdmin(page, heard, '/admin/sites', 'Sites');
      await check(page, 'sites');
      await openAdmin(page, heard, `/admin/sites/${siteKey}`);
      await expect(page.locator('pre.heard-code')).toContainText('data-heard-site');
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByRole('button', { name: 'Copy the snippet' }).click();
      await expect(
        page.locator('#main-content').getByText('Copied', { exact: true }),
      ).toBeVisible();
      await expect(page.locator('#heard-announcer')).toHaveText('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
        'data-heard-site',
      );
      await check(page, 'site with snippet');
      await openAdmin(page, heard, '/admin/themes', 'Local themes');
      await check(page, 'themes');
      await openAdmin(page, heard, '/admin/settings', 'Settings');
      await check(page, 'settings');
      await openAdmin(page, heard, '/admin/audit', 'Audit log');
      await expect(page.getByRole('table')).toContainText('session.sign_in');
      await check(page, 'audit log');
      await openAdmin(page, heard, '/admin/two-factor', 'Set up two-factor sign-in');
      // A signed-in session confirms the password before it may add an authenticator (0064).
      await check(page, 'two-factor password');
      await page.getByLabel('Your password', { exact: true }).fill(admin.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.locator('#totp-secret')).not.toBeEmpty();
      await check(page, 'two-factor enrolment');
      await openAdmin(page, heard, '/admin/queue', 'You do not have access to this page');
      await check(page, 'admin on the queue');
    });
  });
}
