import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import {
  appRequester,
  createStaff,
  type Requester,
  type StaffAccount,
} from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 13: admins are told when an account looks under attack (once per episode), and a
// person is told when a browser new to their account signs in (not on their first sign-in).

let deps: TestDeps;
let send: Requester;
let admins: StaffAccount[];
beforeEach(async () => {
  deps = await createTestDeps({ env: { HEARD_PUBLIC_URL: 'https://heard.council.example' } });
  send = appRequester(createApp(deps));
  admins = [await createStaff(deps, { role: 'admin' }), await createStaff(deps, { role: 'admin' })];
});
afterEach(async () => deps.cleanup());

const messages = (kind: string) =>
  deps.sqlite.prepare('select * from message where kind = ? order by id').all(kind) as {
    recipient_user_id: number;
    subject: string;
    body: string;
  }[];

/** Signs in by password, with this browser's cookies; returns the device cookie it was given. */
async function signIn(account: StaffAccount, deviceCookie?: string, password = account.password) {
  const res = await send('/admin/api/session', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(deviceCookie ? { Cookie: deviceCookie } : {}),
    },
    body: JSON.stringify({ email: account.email, password }),
  });
  const device = res.headers
    .getSetCookie()
    .map((line) => /^(heard_device=[^;]*)/.exec(line)?.[1])
    .find(Boolean);
  return { status: res.status, device };
}

describe('account alerts', () => {
  it('tells a person about a sign-in from a new browser, not their first or a known one', async () => {
    const person = await createStaff(deps, { role: 'coordinator' });
    const first = await signIn(person);
    expect(first.status).toBe(200);
    expect(first.device).toBeDefined();
    expect(messages('new_device')).toEqual([]);
    // The same browser again: it brings its device cookie.
    expect((await signIn(person, first.device)).status).toBe(200);
    expect(messages('new_device')).toEqual([]);
    // Another browser.
    expect((await signIn(person)).status).toBe(200);
    const [alert, ...more] = messages('new_device');
    expect(more).toEqual([]);
    expect(alert?.recipient_user_id).toBe(person.user.id);
    expect(alert?.body).toContain('https://heard.council.example/admin/account');
    // No address of any kind.
    expect(alert?.body).not.toMatch(/\d+\.\d+\.\d+\.\d+|unknown|127\.0/);
  });

  it('tells every admin once when an account looks under attack', async () => {
    const target = await createStaff(deps, { role: 'coordinator' });
    for (let i = 0; i < 8; i += 1) await signIn(target, undefined, 'not the password at all');
    const alerts = messages('account_attack');
    expect(alerts.map((a) => a.recipient_user_id).sort()).toEqual(
      admins.map((a) => a.user.id).sort(),
    );
    expect(alerts[0]?.body).toContain(
      `https://heard.council.example/admin/users/${target.user.id}`,
    );
    expect(alerts[0]?.body).not.toContain(target.email);
    expect(
      deps.sqlite
        .prepare(`select count(*) as n from audit_event where action = 'account.under_attack'`)
        .get(),
    ).toEqual({ n: 1 });
  });
});
