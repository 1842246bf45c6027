import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { adultStory } from './fixtures.ts';
import type { RunningHeard } from './heard-server.ts';

/** The WCAG tags every admin screen is checked against (preamble: WCAG 2.2 AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The current 6-digit code for a base32 secret, made as an authenticator app would. */
const STEP_MS = 30_000;
/** The last 30-second step whose code this test process used, per secret. */
const usedSteps = new Map<string, number>();

/**
 * A TOTP code the server has not seen yet. Codes are single-use (a second code in the same step
 * is refused as a replay), and tests sign the same account in more than once a minute, so this
 * takes the next unused step: the current one, else the next (within the server's one step of
 * drift), else it waits for time to catch up.
 */
export async function freshTotp(secret: string): Promise<string> {
  const current = Math.floor(Date.now() / STEP_MS);
  const step = Math.max(current, (usedSteps.get(secret) ?? -1) + 1);
  if (step > current + 1)
    await new Promise((r) => setTimeout(r, (step - 1) * STEP_MS - Date.now() + 50));
  usedSteps.set(secret, step);
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  }).generate({ timestamp: step * STEP_MS });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails if
 * it is not reached within `max` presses. Keyboard-only tests use this instead of .focus().
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { max?: number; back?: boolean } = {},
) {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: target not found');
  for (let i = 0; i < (options.max ?? 80); i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`tabTo: did not reach ${target} by keyboard`);
}

/** Submits a story through the real public API, as the journey would. Returns its id. */
export async function submitStory(
  heard: RunningHeard,
  overrides: Parameters<typeof adultStory>[0] = {},
): Promise<number> {
  const res = await fetch(`${heard.url}/api/v1/stories`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    // elapsedMs: a person takes minutes; a fast submission would be held as possible spam.
    body: JSON.stringify({ ...adultStory(overrides), elapsedMs: 300_000 }),
  });
  if (res.status !== 201) throw new Error(`story not accepted: ${res.status} ${await res.text()}`);
  const row = await heard.deps.db
    .selectFrom('story')
    .select('id')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Signs in through the admin app's own sign-in page by keyboard, with the TOTP step when the
 * account has a secret, and waits for the landing page.
 */
export async function signInWithKeyboard(
  page: Page,
  heard: RunningHeard,
  account: { email: string; password: string; totpSecret: string | null },
) {
  await page.goto(`${heard.url}/admin/sign-in`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Heard' })).toBeVisible();
  await tabTo(page, page.getByLabel('Email address'));
  await page.keyboard.type(account.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  if (account.totpSecret) {
    const heading = page.getByRole('heading', { level: 1, name: /authenticator app/ });
    await expect(heading).toBeFocused();
    await tabTo(page, page.getByLabel('Code', { exact: true }));
    await page.keyboard.type(await freshTotp(account.totpSecret));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: /Sign in|authenticator/ })).toHaveCount(
    0,
  );
}

/** Opens an admin path and waits for its h1. */
export async function openAdmin(
  page: Page,
  heard: RunningHeard,
  path: string,
  heading?: string | RegExp,
) {
  await page.goto(`${heard.url}${path}`);
  await expect(
    page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }),
  ).toBeVisible();
}

/** Runs axe with the WCAG 2.2 A/AA tags and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${state}`).toEqual([]);
}

/** Signs in through the sign-in page (mouse-free but not key-by-key), with TOTP when set up. */
export async function signIn(
  page: Page,
  heard: RunningHeard,
  account: { email: string; password: string; totpSecret: string | null },
) {
  await page.goto(`${heard.url}/admin/sign-in`);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  if (account.totpSecret) {
    await page.getByLabel('Code', { exact: true }).fill(await freshTotp(account.totpSecret));
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Makes the signed-in user's last proof of identity old, so the API asks for it again (428). */
export async function ageAuthentication(heard: RunningHeard, userId: number) {
  await heard.deps.db
    .updateTable('session')
    .set({ authenticated_at: new Date(Date.now() - 60 * 60 * 1000).toISOString() })
    .where('user_id', '=', userId)
    .execute();
}

/** WCAG 1.4.10 reflow: at 320 px the page itself must not scroll sideways. */
export async function expectNoHorizontalScroll(page: Page, state: string) {
  const { overflow, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow <= 0) return { overflow, culprits: [] as string[] };
    // The outermost elements that stick out (their parent does not), to name the cause.
    const wide = (el: Element) => el.getBoundingClientRect().right > width + 1;
    const outer = [...document.body.querySelectorAll('*')].filter(
      (el) => wide(el) && !(el.parentElement && wide(el.parentElement)),
    );
    const describeElement = (el: Element) =>
      `${el.tagName.toLowerCase()}.${el.className}(${getComputedStyle(el).overflowX})`;
    return {
      overflow,
      culprits: outer.slice(0, 3).map((el) => {
        const chain = [describeElement(el)];
        for (let p = el.parentElement; p && chain.length < 4; p = p.parentElement)
          chain.push(describeElement(p));
        return chain.join(' < ');
      }),
    };
  });
  expect(overflow, `horizontal scroll on ${state}: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
}
