import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { totpCode } from '../../server/auth/totp.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  AdminClient,
  appRequester,
  createStaff,
  type Requester,
  TEST_PASSWORD,
} from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Each test signs in (scrypt, ~0.2 s alone) on a machine shared with the whole suite.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let deps: TestDeps;
let send: Requester;
const T0 = new Date('2026-11-25T09:00:00Z');
let clock = T0.getTime();
const at = (minutes: number) => {
  clock = T0.getTime() + minutes * 60_000;
};

async function setUp(env: Record<string, string> = {}) {
  deps = await createTestDeps({ env });
  clock = T0.getTime();
  deps.now = () => new Date(clock);
  send = appRequester(createApp(deps));
}
afterEach(async () => deps.cleanup());

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const auditActions = () =>
  (
    deps.sqlite.prepare('select action from audit_event order by id').all() as { action: string }[]
  ).map((r) => r.action);

describe('signing in', () => {
  beforeEach(() => setUp());

  it('signs in with email and password and sets a strict, HttpOnly cookie on /admin', async () => {
    const staff = await createStaff(deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
    const res = await send(
      '/admin/api/session',
      json({ email: staff.email.toUpperCase(), password: TEST_PASSWORD }),
    );
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/heard_admin_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/admin/);
    expect(cookie).not.toMatch(/Secure/i);
    const body = (await res.json()) as { state: string; csrfToken: string; user: { role: string } };
    expect(body.state).toBe('signed_in');
    expect(body.user.role).toBe('coordinator');
    expect(body.csrfToken.length).toBeGreaterThan(30);
  });

  it('marks the cookie Secure when Heard is served over https', async () => {
    await deps.cleanup();
    await setUp({ HEARD_PUBLIC_URL: 'https://heard.example.org' });
    const staff = await createStaff(deps, { role: 'admin' });
    const res = await send(
      '/admin/api/session',
      json({ email: staff.email, password: TEST_PASSWORD }),
    );
    expect(res.headers.getSetCookie().join('\n')).toMatch(/;\s*Secure/i);
  });

  it('stores only a hash of the session id', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    const client = new AdminClient(send);
    await client.signIn(staff);
    const id = client.cookie?.split('=')[1] ?? '';
    const rows = deps.sqlite.prepare('select id_hash from session').all() as { id_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).not.toBe(id);
    expect(rows[0]?.id_hash).not.toContain(id.slice(0, 20));
  });

  it('gives the same answer for a wrong password and an unknown email, and audits both without the password', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    const wrong = await send(
      '/admin/api/session',
      json({ email: staff.email, password: 'not the password at all' }),
    );
    const unknown = await send(
      '/admin/api/session',
      json({ email: 'nobody@staff.example', password: 'not the password at all' }),
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = (await wrong.json()) as Record<string, unknown>;
    const b = (await unknown.json()) as Record<string, unknown>;
    expect(a).toEqual(b);
    expect(auditActions().filter((x) => x === 'session.sign_in_failed')).toHaveLength(2);
    const details = deps.sqlite.prepare('select detail from audit_event').all() as {
      detail: string;
    }[];
    expect(JSON.stringify(details)).not.toContain('not the password');
  });

  it('refuses a disabled account exactly as a wrong password', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    deps.sqlite.prepare('update user set disabled = 1 where id = ?').run(staff.user.id);
    const res = await send(
      '/admin/api/session',
      json({ email: staff.email, password: TEST_PASSWORD }),
    );
    expect(res.status).toBe(401);
    expect(((await res.json()) as { title: string }).title).toBe(
      'Email or password not recognised',
    );
  });

  it('replaces a session id that came with the sign-in request (no fixation)', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    const first = new AdminClient(send);
    await first.signIn(staff);
    const planted = first.cookie as string;
    const res = await send('/admin/api/session', {
      ...json({ email: staff.email, password: TEST_PASSWORD }),
      headers: { 'Content-Type': 'application/json', Cookie: planted },
    });
    const fresh = /heard_admin_session=([^;]+)/.exec(res.headers.getSetCookie().join(';'))?.[1];
    expect(fresh).toBeTruthy();
    expect(`heard_admin_session=${fresh}`).not.toBe(planted);
    expect((await send('/admin/api/session', { headers: { Cookie: planted } })).status).toBe(401);
  });

  it('throttles repeated attempts on one account with the same calm answer whether or not it exists', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await send(
            '/admin/api/session',
            json({ email: staff.email, password: `wrong guess ${i}xx` }),
          )
        ).status,
      ).toBe(401);
      await send(
        '/admin/api/session',
        json({ email: 'ghost@staff.example', password: `wrong guess ${i}xx` }),
      );
    }
    const real = await send(
      '/admin/api/session',
      json({ email: staff.email, password: TEST_PASSWORD }),
    );
    const ghost = await send(
      '/admin/api/session',
      json({ email: 'ghost@staff.example', password: TEST_PASSWORD }),
    );
    expect(real.status).toBe(429);
    expect(ghost.status).toBe(429);
    expect(real.headers.get('Retry-After')).toBeTruthy();
    const a = (await real.json()) as { title: string };
    const b = (await ghost.json()) as { title: string };
    expect(a.title).toBe('Too many attempts to sign in');
    expect(b.title).toBe(a.title);
    at(60);
    expect(
      (await send('/admin/api/session', json({ email: staff.email, password: TEST_PASSWORD })))
        .status,
    ).toBe(200);
  });

  it('throttles many accounts tried from one address', async () => {
    let last = 0;
    for (let i = 0; i < 31; i++) {
      last = (
        await send(
          '/admin/api/session',
          json({ email: `person${i}@staff.example`, password: 'whatever it is here' }),
        )
      ).status;
    }
    expect(last).toBe(429);
  }, 120_000);
});

describe('sessions', () => {
  beforeEach(() => setUp());

  it('refuses a write without the CSRF token', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    const client = new AdminClient(send);
    await client.signIn(staff);
    const res = await client.request('/admin/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ slug: 'new-sab', name: 'New' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { title: string }).title).toBe('CSRF token missing or wrong');
    const wrong = await client.request('/admin/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': 'x'.repeat(43) },
      body: JSON.stringify({ slug: 'new-sab', name: 'New' }),
    });
    expect(wrong.status).toBe(403);
    expect(
      deps.sqlite.prepare("select count(*) as n from board where slug = 'new-sab'").get(),
    ).toEqual({ n: 0 });
  });

  it('answers 415 to a write that is not JSON, even a form post with the right token', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    const client = new AdminClient(send);
    await client.signIn(staff);
    const res = await client.request('/admin/api/boards', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-CSRF-Token': client.csrfToken ?? '',
      },
      body: 'slug=new-sab&name=New',
    });
    expect(res.status).toBe(415);
    const sign = await send('/admin/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(sign.status).toBe(415);
  });

  it('ends a session after 30 minutes idle', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    const client = new AdminClient(send);
    await client.signIn(staff);
    at(29);
    expect((await client.get('/admin/api/session')).status).toBe(200);
    at(58);
    expect((await client.get('/admin/api/session')).status).toBe(200);
    at(89);
    expect((await client.get('/admin/api/session')).status).toBe(401);
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    const client = new AdminClient(send);
    await client.signIn(staff);
    for (let m = 20; m < 12 * 60; m += 20) {
      at(m);
      expect((await client.get('/admin/api/session')).status).toBe(200);
    }
    at(12 * 60 + 1);
    expect((await client.get('/admin/api/session')).status).toBe(401);
  });

  it('signs out this session, and everywhere', async () => {
    const staff = await createStaff(deps, { role: 'admin' });
    const a = new AdminClient(send);
    const b = new AdminClient(send);
    const c = new AdminClient(send);
    await a.signIn(staff);
    await b.signIn(staff);
    await c.signIn(staff);
    const aCookie = a.cookie as string;
    expect((await a.post('/admin/api/session/sign-out')).status).toBe(204);
    expect((await send('/admin/api/session', { headers: { Cookie: aCookie } })).status).toBe(401);
    expect((await b.get('/admin/api/session')).status).toBe(200);
    expect((await b.post('/admin/api/session/sign-out-everywhere')).status).toBe(204);
    expect((await c.get('/admin/api/session')).status).toBe(401);
    expect(auditActions()).toContain('session.sign_out_everywhere');
  });

  it('asks for the password again before original text after 15 minutes', async () => {
    const staff = await createStaff(deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
    const client = new AdminClient(send);
    await client.signIn(staff);
    at(10);
    await client.get('/admin/api/session');
    at(20);
    await client.get('/admin/api/session');
    at(30);
    const res = await client.post('/admin/api/stories/1/original', {
      reason: 'checking redaction',
    });
    expect(res.status).toBe(428);
    expect(
      (await client.post('/admin/api/session/reauth', { password: 'wrong password here' })).status,
    ).toBe(401);
    expect(
      (await client.post('/admin/api/session/reauth', { password: TEST_PASSWORD })).status,
    ).toBe(200);
    expect(
      (await client.post('/admin/api/stories/1/original', { reason: 'checking redaction' })).status,
    ).toBe(404);
  });
});

describe('two-factor sign-in', () => {
  beforeEach(() => setUp());

  it('asks for a TOTP code, refuses a wrong one, accepts the right one and rotates the session', async () => {
    const staff = await createStaff(deps, { role: 'admin', totp: true });
    const client = new AdminClient(send);
    const first = await client.post('/admin/api/session', {
      email: staff.email,
      password: TEST_PASSWORD,
    });
    const half = (await first.json()) as { state: string; csrfToken: string };
    expect(half.state).toBe('totp_required');
    client.csrfToken = half.csrfToken;
    const halfCookie = client.cookie;
    expect((await client.get('/admin/api/users')).status).toBe(403);
    expect(
      (
        await client.post('/admin/api/session/totp', {
          code: '000000' === totpCode(staff.totpSecret as string, deps.now()) ? '111111' : '000000',
        })
      ).status,
    ).toBe(401);
    const ok = await client.post('/admin/api/session/totp', {
      code: totpCode(staff.totpSecret as string, deps.now()),
    });
    expect(ok.status).toBe(200);
    expect(client.cookie).not.toBe(halfCookie);
    client.csrfToken = ((await ok.json()) as { csrfToken: string }).csrfToken;
    expect((await client.get('/admin/api/users')).status).toBe(200);
    expect(
      (await send('/admin/api/session', { headers: { Cookie: halfCookie as string } })).status,
    ).toBe(401);
  });

  it('accepts a code from the previous 30-second step but never the same code twice', async () => {
    const staff = await createStaff(deps, { role: 'admin', totp: true });
    const code = totpCode(staff.totpSecret as string, deps.now());
    clock += 30_000;
    const a = new AdminClient(send);
    await a
      .post('/admin/api/session', { email: staff.email, password: TEST_PASSWORD })
      .then(async (r) => {
        a.csrfToken = ((await r.json()) as { csrfToken: string }).csrfToken;
      });
    expect((await a.post('/admin/api/session/totp', { code })).status).toBe(200);
    const b = new AdminClient(send);
    await b
      .post('/admin/api/session', { email: staff.email, password: TEST_PASSWORD })
      .then(async (r) => {
        b.csrfToken = ((await r.json()) as { csrfToken: string }).csrfToken;
      });
    expect((await b.post('/admin/api/session/totp', { code })).status).toBe(401);
  });

  it('forces enrolment first when the deployment requires 2FA, and stores the secret sealed', async () => {
    await deps.cleanup();
    await setUp({ HEARD_REQUIRE_2FA: 'true' });
    const staff = await createStaff(deps, { role: 'admin' });
    const client = new AdminClient(send);
    const res = await client.post('/admin/api/session', {
      email: staff.email,
      password: TEST_PASSWORD,
    });
    const body = (await res.json()) as { state: string; csrfToken: string };
    expect(body.state).toBe('totp_enrolment_required');
    client.csrfToken = body.csrfToken;
    expect((await client.get('/admin/api/users')).status).toBe(403);
    const start = await client.post('/admin/api/account/totp/start');
    const { secret, uri } = (await start.json()) as { secret: string; uri: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/Heard:.*secret=/);
    expect((await client.post('/admin/api/account/totp/confirm', { code: '12345' })).status).toBe(
      422,
    );
    const done = await client.post('/admin/api/account/totp/confirm', {
      code: totpCode(secret, deps.now()),
    });
    expect(done.status).toBe(200);
    client.csrfToken = ((await done.json()) as { csrfToken: string }).csrfToken;
    expect((await client.get('/admin/api/users')).status).toBe(200);
    const raw = deps.sqlite
      .prepare('select totp_secret_sealed from user where id = ?')
      .get(staff.user.id) as { totp_secret_sealed: string };
    expect(raw.totp_secret_sealed).toMatch(/^v1\./);
    expect(raw.totp_secret_sealed).not.toContain(secret);
    expect((await client.post('/admin/api/account/totp/disable', { code: '123456' })).status).toBe(
      409,
    );
  });
});

describe('set-up links and passwords', () => {
  beforeEach(() => setUp());

  it('lets an admin add a user whose one-time link sets a password that passes the rules', async () => {
    const admin = await createStaff(deps, { role: 'admin' });
    const client = new AdminClient(send);
    await client.signIn(admin);
    const boardId = (deps.sqlite.prepare('select id from board').get() as { id: number }).id;
    const created = await client.post('/admin/api/users', {
      email: 'New.Person@Council.example',
      role: 'coordinator',
      boardIds: [boardId],
    });
    expect(created.status).toBe(201);
    const { setupUrl, user } = (await created.json()) as {
      setupUrl: string;
      user: { email: string };
    };
    expect(user.email).toBe('new.person@council.example');
    const token = new URL(setupUrl).searchParams.get('token') as string;
    const inspect = await send('/admin/api/setup/inspect', json({ token }));
    expect(await inspect.json()).toEqual({ kind: 'user', email: 'new.person@council.example' });
    const short = await send('/admin/api/setup', json({ token, password: 'short one' }));
    expect(short.status).toBe(422);
    const common = await send('/admin/api/setup', json({ token, password: 'password1234' }));
    expect(((await common.json()) as { detail: string }).detail).toMatch(/too common/);
    const ok = await send(
      '/admin/api/setup',
      json({ token, password: 'a long and memorable phrase' }),
    );
    expect(ok.status).toBe(200);
    expect(
      (await send('/admin/api/setup', json({ token, password: 'another long phrase here' })))
        .status,
    ).toBe(404);
    const dup = await client.post('/admin/api/users', {
      email: 'new.person@COUNCIL.example',
      role: 'coordinator',
      boardIds: [boardId],
    });
    expect(dup.status).toBe(409);
  });

  it('accepts a 200-character passphrase with any characters, and refuses 257', async () => {
    const admin = await createStaff(deps, { role: 'admin' });
    const client = new AdminClient(send);
    await client.signIn(admin);
    const long = 'ünïcödé passphrase 🙂 '.repeat(10).slice(0, 200);
    expect(
      (
        await client.post('/admin/api/account/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: long,
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await client.post('/admin/api/account/password', {
          currentPassword: long,
          newPassword: 'x'.repeat(200) + 'y'.repeat(57),
        })
      ).status,
    ).toBe(422);
  });

  it('creates the first admin through the bootstrap link, once', async () => {
    const { bootstrapAdmin } = await import('../../server/auth/bootstrap.ts');
    await deps.cleanup();
    await setUp();
    const result = await bootstrapAdmin(deps, { publicBase: 'http://localhost:3000' });
    expect(result.kind).toBe('link');
    const token = new URL((result as { url: string }).url).searchParams.get('token') as string;
    const res = await send(
      '/admin/api/setup',
      json({ token, email: 'first@board.example', password: 'the first admin phrase' }),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { role: string } }).user.role).toBe('admin');
    expect((await bootstrapAdmin(deps, { publicBase: 'http://localhost:3000' })).kind).toBe('none');
  });

  it('creates the admin from HEARD_ADMIN_EMAIL and HEARD_ADMIN_PASSWORD when there are no users', async () => {
    const { bootstrapAdmin } = await import('../../server/auth/bootstrap.ts');
    const result = await bootstrapAdmin(deps, {
      email: 'Boss@Board.example',
      password: 'a strong admin phrase',
      publicBase: 'x',
    });
    expect(result).toEqual({ kind: 'created', email: 'boss@board.example' });
    const client = new AdminClient(send);
    await client.signIn({ email: 'boss@board.example', password: 'a strong admin phrase' });
    expect((await client.get('/admin/api/users')).status).toBe(200);
  });
});
