import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/app-env.ts';
import { boot } from '../../server/boot.ts';
import { readEnv } from '../../server/env.ts';
import { createLogger } from '../../server/log.ts';
import { appRequester, createStaff, type StaffAccount } from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Sign-in throttling survives a restart (decision 0062): the counters live in memory but are
// refilled from the audit log when the app starts, so crashing or restarting Heard does not give
// a password guesser a fresh allowance. A "restart" here is a second app booted on the same
// database file, as a new process would be.

let first: TestDeps;
type Booted = Awaited<ReturnType<typeof boot>>;
const restarted: Booted[] = [];
let staff: StaffAccount;
const T0 = new Date('2026-11-25T09:00:00Z');

async function restart(minutesLater: number): Promise<Deps> {
  const deps = await boot(readEnv({ DATA_DIR: first.dataDir, LOG_LEVEL: 'error' }), {
    log: createLogger('error', () => {}),
  });
  deps.now = () => new Date(T0.getTime() + minutesLater * 60_000);
  restarted.push(deps);
  return deps;
}

const signIn = (deps: Deps, email: string, password: string) =>
  appRequester(createApp(deps))('/admin/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

beforeAll(async () => {
  first = await createTestDeps();
  first.now = () => T0;
  staff = await createStaff(first, { role: 'coordinator', boardSlugs: ['demo'] });
}, 60_000);
afterAll(async () => {
  for (const d of restarted) await d.close();
  await first?.cleanup();
});

describe('sign-in throttling across a restart', () => {
  it('still refuses an account after 5 failures when the app has restarted', async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn(first, staff.email, `wrong guess ${i}`)).status).toBe(401);
    expect((await signIn(first, staff.email, staff.password)).status).toBe(429);

    // Half a minute later (the first delay after 5 failures is a minute, decision 0063).
    const again = await restart(0.5);
    // Even the right password waits from a new browser: the guesser's budget is spent, restart or not.
    const res = await signIn(again, staff.email.toUpperCase(), staff.password);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 120_000);

  it('lets the account in once the delay has passed, after another restart', async () => {
    const later = await restart(16);
    expect((await signIn(later, staff.email, staff.password)).status).toBe(200);
  }, 60_000);

  it('a successful sign-in before the restart clears the account’s count after it too', async () => {
    const other = await createStaff(first, { role: 'coordinator', boardSlugs: ['demo'] });
    const deps = await restart(20);
    for (let i = 0; i < 4; i++)
      expect((await signIn(deps, other.email, `wrong guess ${i}`)).status).toBe(401);
    expect((await signIn(deps, other.email, other.password)).status).toBe(200);
    const after = await restart(21);
    expect((await signIn(after, other.email, 'one more wrong guess')).status).toBe(401);
    expect((await signIn(after, other.email, other.password)).status).toBe(200);
  }, 120_000);
});
