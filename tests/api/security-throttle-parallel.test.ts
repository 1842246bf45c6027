import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { totpCode } from '../../server/auth/totp.ts';
import { AdminClient, createStaff, urlRequester } from '../support/admin-client.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Issue 12, finding 2: sign-in throttling must hold under parallel requests. An attempt is
// counted before the ~200 ms password hash, with no await between the check and the count, so
// fifty guesses fired at once are fifty attempts and only the first five reach the password
// check. What reached it is observed through the audit log (every checked password leaves one
// `session.sign_in_failed` or `session.sign_in` event; a refused one `session.sign_in_throttled`).

vi.setConfig({ testTimeout: 180_000, hookTimeout: 90_000 });

let heard: RunningHeard;
const T0 = new Date('2026-11-25T09:00:00Z');
beforeAll(async () => {
  heard = await startHeard();
  heard.deps.now = () => T0;
});
afterAll(async () => heard?.close());

const count = (action: string, since: number) =>
  (
    heard.deps.sqlite
      .prepare('select count(*) as n from audit_event where action = ? and id > ?')
      .get(action, since) as { n: number }
  ).n;
const lastAuditId = () =>
  (
    heard.deps.sqlite.prepare('select coalesce(max(id), 0) as id from audit_event').get() as {
      id: number;
    }
  ).id;

describe('sign-in throttling under parallel guesses', () => {
  it('lets at most 5 of 50 simultaneous guesses reach the password check, and the right one does not sign in', async () => {
    const staff = await createStaff(heard.deps, { role: 'admin' });
    const since = lastAuditId();
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        fetch(`${heard.url}/admin/api/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            email: staff.email,
            // The right password is the 30th guess, as in the outside test.
            password: i === 29 ? staff.password : `wrong guess number ${i}`,
          }),
        }).then((res) => res.status),
      ),
    );
    const checked = count('session.sign_in_failed', since) + count('session.sign_in', since);
    expect(checked).toBeLessThanOrEqual(5);
    expect(count('session.sign_in_throttled', since)).toBe(50 - checked);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - checked);
    expect(statuses).not.toContain(200);
  });

  it('holds re-authentication to 5 checked guesses in parallel too', async () => {
    const staff = await createStaff(heard.deps, { role: 'coordinator', boardSlugs: ['demo'] });
    const client = new AdminClient(urlRequester(heard.url));
    await client.signIn(staff, T0);
    const since = lastAuditId();
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client
          .post('/admin/api/session/reauth', { password: `wrong guess number ${i}` })
          .then((res) => res.status),
      ),
    );
    expect(count('session.reauth_failed', since)).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
  });

  it('throttles wrong codes for turning two-factor sign-in off, which never consulted it', async () => {
    const staff = await createStaff(heard.deps, { role: 'admin', totp: true });
    const client = new AdminClient(urlRequester(heard.url));
    await client.signIn(staff, T0);
    const right = totpCode(staff.totpSecret as string, T0);
    const wrong = right === '000000' ? '111111' : '000000';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await client.post('/admin/api/account/totp/disable', { code: wrong })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });
});
