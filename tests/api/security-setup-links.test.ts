import { request } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminClient, createStaff, urlRequester } from '../support/admin-client.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Issue 12, findings 6 and 7: finishing a set-up link (an admin's password reset) ends the
// account's existing sessions, as a password change does; and set-up links are built from
// configuration (HEARD_PUBLIC_URL, else the address Heard listens on), never from the request's
// Host header. The embed snippets an admin copies for a partner follow the same rule.

vi.setConfig({ testTimeout: 120_000, hookTimeout: 90_000 });

let heard: RunningHeard;
afterEach(async () => heard?.close());

/** A request over real HTTP with a Host header of the caller's choosing (fetch will not send one). */
function sendWithHost(
  method: 'GET' | 'POST',
  path: string,
  host: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: heard.port,
        path,
        method,
        headers: { ...headers, Host: host, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

async function signedInAdmin() {
  const admin = await createStaff(heard.deps, { role: 'admin' });
  const client = new AdminClient(urlRequester(heard.url));
  await client.signIn(admin);
  return client;
}

describe('set-up links', () => {
  it('are built from the listening address, not a Host header, when HEARD_PUBLIC_URL is unset', async () => {
    heard = await startHeard({ env: { HOST: '127.0.0.1', PORT: '3000' } });
    const admin = await signedInAdmin();
    const auth = { Cookie: admin.cookie as string, 'X-CSRF-Token': admin.csrfToken as string };
    const created = await sendWithHost('POST', '/admin/api/users', 'evil.example', auth, {
      email: 'new.person@staff.example',
      role: 'admin',
    });
    expect(created.status).toBe(201);
    const { setupUrl, user } = JSON.parse(created.body) as {
      setupUrl: string;
      user: { id: number };
    };
    expect(setupUrl).toMatch(/^http:\/\/localhost:3000\/admin\/setup\?token=/);
    const again = await sendWithHost(
      'POST',
      `/admin/api/users/${user.id}/setup-link`,
      'evil.example',
      auth,
      {},
    );
    expect(again.status).toBe(200);
    expect((JSON.parse(again.body) as { setupUrl: string }).setupUrl).not.toContain('evil');
  });

  it('are built from HEARD_PUBLIC_URL when it is set', async () => {
    heard = await startHeard({ env: { HEARD_PUBLIC_URL: 'https://heard.board.example' } });
    const admin = await signedInAdmin();
    const auth = { Cookie: admin.cookie as string, 'X-CSRF-Token': admin.csrfToken as string };
    const created = await sendWithHost('POST', '/admin/api/users', 'evil.example', auth, {
      email: 'another.person@staff.example',
      role: 'admin',
    });
    expect(created.status).toBe(201);
    expect((JSON.parse(created.body) as { setupUrl: string }).setupUrl).toMatch(
      /^https:\/\/heard\.board\.example\/admin\/setup\?token=/,
    );
  });

  it('end every existing session of the account when used', async () => {
    heard = await startHeard();
    const admin = await signedInAdmin();
    const staff = await createStaff(heard.deps, { role: 'coordinator', boardSlugs: ['demo'] });
    const old = new AdminClient(urlRequester(heard.url));
    await old.signIn(staff);
    expect((await old.get('/admin/api/session')).status).toBe(200);
    const link = await admin.post(`/admin/api/users/${staff.user.id}/setup-link`);
    const token = new URL(((await link.json()) as { setupUrl: string }).setupUrl).searchParams.get(
      'token',
    );
    const done = await fetch(`${heard.url}/admin/api/setup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, password: 'a brand new passphrase 93' }),
    });
    expect(done.status).toBe(200);
    expect((await old.get('/admin/api/session')).status).toBe(401);
  });

  it('and the site snippets an admin copies are not built from a Host header either', async () => {
    heard = await startHeard({ env: { HOST: '127.0.0.1', PORT: '3000' } });
    const admin = await signedInAdmin();
    const auth = { Cookie: admin.cookie as string };
    const site = await heard.deps.db.selectFrom('site').select('key').executeTakeFirstOrThrow();
    for (const path of ['/admin/api/sites', `/admin/api/sites/${site.key}`]) {
      const res = await sendWithHost('GET', path, 'evil.example', auth);
      expect(res.status, path).toBe(200);
      expect(res.body, path).not.toContain('evil.example');
      expect(res.body, path).toContain('http://localhost:3000/embed.js');
    }
  });
});
