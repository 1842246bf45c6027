import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AdminClient,
  createStaff,
  type StaffAccount,
  urlRequester,
} from '../support/admin-client.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Issue 12, finding 3: nobody can lock a member of staff out (decision 0063, after OWASP's
// "device cookies"). A browser that has fully signed in to an account gets a sealed device
// cookie; its attempts are counted apart, so an attacker's failures — against the account, or
// from the person's own address — do not stop them. Untrusted attempts wait longer after each
// failure past 5 (doubling), an attack raises one audited alert that admins see, and an admin
// can lift the delay (admin API, or `npm run heard -- user unlock`). Addresses are set through
// X-Forwarded-For with HEARD_TRUST_PROXY=1, as behind a real proxy.

vi.setConfig({ testTimeout: 180_000, hookTimeout: 90_000 });

let heard: RunningHeard;
const T0 = new Date('2026-11-25T09:00:00Z');
let clock = T0.getTime();
const later = (seconds: number) => {
  clock += seconds * 1000;
};
beforeAll(async () => {
  heard = await startHeard({ env: { HEARD_TRUST_PROXY: '1' } });
  heard.deps.now = () => new Date(clock);
});
afterAll(async () => heard?.close());

/** One sign-in attempt from an address, with a device cookie or none. */
async function attempt(email: string, password: string, from: string, device?: string) {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Forwarded-For': from,
  };
  if (device) headers.Cookie = device;
  return fetch(`${heard.url}/admin/api/session`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password }),
  });
}
const deviceCookie = (res: Response) => {
  const line = res.headers.getSetCookie().find((l) => l.startsWith('heard_device='));
  return { line, cookie: line?.split(';')[0] };
};
const audited = (action: string, userId: number) =>
  (
    heard.deps.sqlite
      .prepare('select count(*) as n from audit_event where action = ? and object_id = ?')
      .get(action, String(userId)) as { n: number }
  ).n;

async function adminClient(): Promise<AdminClient> {
  const admin = await createStaff(heard.deps, { role: 'admin' });
  const send = urlRequester(heard.url);
  const client = new AdminClient((path, init) => {
    const headers = new Headers(init?.headers);
    headers.set('X-Forwarded-For', '192.0.2.200');
    return send(path, { ...init, headers });
  });
  await client.signIn(admin);
  return client;
}

describe('lock-out an attacker cannot use against staff', () => {
  let victim: StaffAccount;
  let device: string;

  beforeAll(async () => {
    victim = await createStaff(heard.deps, { role: 'coordinator', boardSlugs: ['demo'] });
    const first = await attempt(victim.email, victim.password, '192.0.2.10');
    expect(first.status).toBe(200);
    const { line, cookie } = deviceCookie(first);
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Strict/i);
    expect(line).toMatch(/Path=\/admin/);
    expect(Number(/Max-Age=(\d+)/i.exec(line ?? '')?.[1])).toBeGreaterThan(30 * 86_400);
    device = cookie as string;
  });

  it('does not stop the real person on their own browser when an attacker fails elsewhere', async () => {
    const typed = [victim.email.toUpperCase(), `${victim.email}  `, victim.email];
    for (let i = 0; i < 5; i++) {
      const res = await attempt(typed[i % 3] as string, `wrong guess ${i}`, '198.51.100.7');
      expect(res.status).toBe(401);
    }
    // The account is now delayed for browsers that never signed in to it...
    expect((await attempt(victim.email, victim.password, '198.51.100.8')).status).toBe(429);
    // ...but not for the person's own browser, even with the attacker at their own address.
    for (let i = 0; i < 30; i++)
      await attempt(`someone${i}@staff.example`, 'wrong guess again', '192.0.2.10');
    expect((await attempt(`new@staff.example`, 'whatever it is', '192.0.2.10')).status).toBe(429);
    expect((await attempt(victim.email, victim.password, '192.0.2.10', device)).status).toBe(200);
  });

  it('makes each further guess wait longer than the one before', async () => {
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const refused = await attempt(victim.email, 'yet another guess', '198.51.100.7');
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers.get('Retry-After'));
      waits.push(wait);
      later(wait + 1);
      expect(
        (await attempt(victim.email, `wrong after wait ${round}`, '198.51.100.7')).status,
      ).toBe(401);
    }
    expect(waits[1]).toBeGreaterThan(waits[0] as number);
    expect(waits[2]).toBeGreaterThan(waits[1] as number);
  });

  it('records one alert for the episode and shows it to admins', async () => {
    expect(audited('account.under_attack', victim.user.id)).toBe(1);
    const admin = await adminClient();
    const list = (await (await admin.get('/admin/api/users?pageSize=100')).json()) as {
      underAttack: { id: number; email: string }[];
    };
    expect(list.underAttack.map((u) => u.email)).toEqual([victim.email]);
    const one = (await (await admin.get(`/admin/api/users/${victim.user.id}`)).json()) as {
      signIn: { underAttack: boolean; waitSeconds: number };
    };
    expect(one.signIn.underAttack).toBe(true);
    expect(one.signIn.waitSeconds).toBeGreaterThan(0);
  });

  it('lets an admin lift the delay, audited', async () => {
    const admin = await adminClient();
    const res = await admin.post(`/admin/api/users/${victim.user.id}/unlock`);
    expect(res.status).toBe(200);
    const view = (await res.json()) as { signIn: { underAttack: boolean; waitSeconds: number } };
    expect(view.signIn).toMatchObject({ underAttack: false, waitSeconds: 0 });
    expect(audited('user.unlocked', victim.user.id)).toBe(1);
    expect((await attempt(victim.email, victim.password, '198.51.100.9')).status).toBe(200);
  });

  it('lets the CLI lift the delay on a running server', async () => {
    const other = await createStaff(heard.deps, { role: 'coordinator', boardSlugs: ['demo'] });
    for (let i = 0; i < 5; i++)
      expect((await attempt(other.email, `wrong guess ${i}`, '198.51.100.20')).status).toBe(401);
    expect((await attempt(other.email, other.password, '198.51.100.21')).status).toBe(429);
    const out = await new Promise<{ code: number; stdout: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', 'server/cli.ts', 'user', 'unlock', '--email', other.email],
        {
          env: {
            ...process.env,
            DATA_DIR: heard.deps.dataDir,
            LOG_LEVEL: 'silent',
            HEARD_DATA_KEY: '',
          },
        },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
      );
      child.stdin?.end();
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(other.email);
    expect((await attempt(other.email, other.password, '198.51.100.21')).status).toBe(200);
  });
});
