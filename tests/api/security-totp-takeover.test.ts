import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { totpCode } from '../../server/auth/totp.ts';
import { AdminClient, createStaff, urlRequester } from '../support/admin-client.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Issue 12, finding 1: a session alone must not pass re-authentication nor take over two-factor
// sign-in. Adding or replacing an authenticator needs the password (and the current code when
// 2FA is on) in the request itself; confirming the new secret never counts as re-authentication;
// it ends the account's other sessions and is audited. First-time enrolment straight after a
// password sign-in (state `totp_enrolment_required`) is covered in admin-auth.test.ts.

vi.setConfig({ testTimeout: 120_000, hookTimeout: 90_000 });

let heard: RunningHeard;
const T0 = new Date('2026-11-25T09:00:00Z');
let clock = T0.getTime();
const at = (minutes: number) => {
  clock = T0.getTime() + minutes * 60_000;
};
const now = () => new Date(clock);
beforeAll(async () => {
  heard = await startHeard();
  heard.deps.now = now;
});
afterAll(async () => heard?.close());

const client = () => new AdminClient(urlRequester(heard.url));
const audited = (action: string, userId: number) =>
  (
    heard.deps.sqlite
      .prepare('select count(*) as n from audit_event where action = ? and object_id = ?')
      .get(action, String(userId)) as { n: number }
  ).n;
type Session = { recentAuthUntil: string; csrfToken: string };

describe('two-factor changes need proof, not just a session', () => {
  it('refuses a session alone, after the re-auth window, its own new authenticator', async () => {
    at(0);
    const staff = await createStaff(heard.deps, { role: 'admin', totp: true });
    const stolen = client();
    await stolen.signIn(staff, now());
    at(20);
    const start = await stolen.post('/admin/api/account/totp/start', {});
    expect(start.status).toBe(422);
    const withoutCode = await stolen.post('/admin/api/account/totp/start', {
      password: staff.password,
    });
    expect(withoutCode.status).toBe(422);
    const guessed = await stolen.post('/admin/api/account/totp/start', {
      password: 'a guessed password here',
      code: totpCode(staff.totpSecret as string, now()),
    });
    expect(guessed.status).toBe(401);
    expect((await stolen.post('/admin/api/account/totp/confirm', { code: '123456' })).status).toBe(
      409,
    );
    // The old authenticator still works; the session is still not recently authenticated.
    const owner = client();
    at(21);
    expect((await owner.signIn(staff, now())).csrfToken).toBeTruthy();
    const view = (await (await stolen.get('/admin/api/session')).json()) as Session;
    expect(new Date(view.recentAuthUntil).getTime()).toBeLessThan(clock);
    expect(audited('account.totp_enabled', staff.user.id)).toBe(0);
  });

  it('replaces an authenticator only with the password and current code, without counting as re-authentication', async () => {
    at(100);
    const staff = await createStaff(heard.deps, { role: 'admin', totp: true });
    const other = client();
    await other.signIn(staff, now());
    at(101); // each code works once
    const me = client();
    await me.signIn(staff, now());
    at(120);
    const start = await me.post('/admin/api/account/totp/start', {
      password: staff.password,
      code: totpCode(staff.totpSecret as string, now()),
    });
    expect(start.status).toBe(200);
    const { secret } = (await start.json()) as { secret: string };
    const done = await me.post('/admin/api/account/totp/confirm', {
      code: totpCode(secret, now()),
    });
    expect(done.status).toBe(200);
    const session = (await done.json()) as Session;
    me.csrfToken = session.csrfToken;
    // Still outside the 15-minute window: proving the new secret is not re-authentication.
    expect(new Date(session.recentAuthUntil).getTime()).toBeLessThan(clock);
    expect((await me.get('/admin/api/session')).status).toBe(200);
    // Every other session of the account has ended.
    expect((await other.get('/admin/api/session')).status).toBe(401);
    expect(audited('account.totp_replaced', staff.user.id)).toBe(1);
    // The new authenticator signs in; the old one no longer does.
    at(121);
    expect((await client().signIn({ ...staff, totpSecret: secret }, now())).csrfToken).toBeTruthy();
  });

  it('asks for the password before a first authenticator when sign-in did not just prove it', async () => {
    at(200);
    const staff = await createStaff(heard.deps, { role: 'coordinator', boardSlugs: ['demo'] });
    const other = client();
    await other.signIn(staff, now());
    const me = client();
    await me.signIn(staff, now());
    at(220);
    expect((await me.post('/admin/api/account/totp/start', {})).status).toBe(422);
    const start = await me.post('/admin/api/account/totp/start', { password: staff.password });
    expect(start.status).toBe(200);
    const { secret } = (await start.json()) as { secret: string };
    const done = await me.post('/admin/api/account/totp/confirm', {
      code: totpCode(secret, now()),
    });
    expect(done.status).toBe(200);
    const session = (await done.json()) as Session;
    expect(new Date(session.recentAuthUntil).getTime()).toBeLessThan(clock);
    expect((await other.get('/admin/api/session')).status).toBe(401);
    expect(audited('account.totp_enabled', staff.user.id)).toBe(1);
  });
});
