import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { REDIRECT_TRICKS } from '../fixtures/xss-payloads.ts';
import { AdminClient, appRequester, createStaff, type Requester } from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Open redirects (issue 6). Quick exit goes only to the address an admin configured for the
// site, and that must be a full https web address (http only on this machine): never a
// script, a data URL, a scheme-relative or backslash trick, or an encoded one. The server
// never redirects to a `next` value at all; the admin app follows `next` only to its own pages
// (tests/browser/admin-redirects.spec.ts signs in for real with each of these).

let deps: TestDeps;
let send: Requester;
let admin: AdminClient;

beforeAll(async () => {
  deps = await createTestDeps();
  send = appRequester(createApp(deps));
  admin = new AdminClient(send);
  await admin.signIn(await createStaff(deps, { role: 'admin' }));
}, 60_000);
afterAll(async () => deps?.cleanup());

const siteInput = (quickExitUrl: string, key: string) => ({
  key,
  name: 'Redirect test site',
  partnerName: 'Redirect council',
  partnerKind: 'council',
  boardSlug: 'demo',
  boardName: null,
  allowedOrigins: [],
  contactName: 'Adult social care',
  contactPhone: null,
  contactUrl: null,
  emergencyText: null,
  quickExitUrl,
  languages: ['en'],
  active: true,
});

const storedExit = async () =>
  (
    await deps.db
      .selectFrom('site')
      .select('quick_exit_url')
      .where('key', '=', 'demo')
      .executeTakeFirstOrThrow()
  ).quick_exit_url;

/** The exit link's href and the exit URL handed to the journey script, from the served page. */
async function exitLinks(): Promise<string[]> {
  const html = await (await send('/tell/demo')).text();
  const hrefs = [...html.matchAll(/class="hj-exit__button" href="([^"]*)"/g)].map((m) =>
    (m[1] as string).replaceAll('&amp;', '&'),
  );
  const json = /<script type="application\/json" id="heard-site">([^<]*)<\/script>/.exec(html);
  const fromJson = json
    ? [(JSON.parse(json[1] as string) as { quickExitUrl: string }).quickExitUrl]
    : [];
  return [...hrefs, ...fromJson];
}

describe('the quick-exit address', () => {
  it('accepts only a full https address when a site is created or changed', async () => {
    const before = await storedExit();
    for (const [i, trick] of REDIRECT_TRICKS.entries()) {
      const created = await admin.post('/admin/api/sites', siteInput(trick, `redirect-${i}`));
      expect(created.status, JSON.stringify(trick)).toBe(422);
      const problem = (await created.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field)).toContain('quickExitUrl');
      const changed = await admin.put('/admin/api/sites/demo', { quickExitUrl: trick });
      expect(changed.status, JSON.stringify(trick)).toBe(422);
    }
    for (const insecure of [
      'http://evil.example',
      'https://user:pw@evil.example',
      'ftp://evil.example',
    ]) {
      expect((await admin.put('/admin/api/sites/demo', { quickExitUrl: insecure })).status).toBe(
        422,
      );
    }
    expect(await storedExit()).toBe(before);
    // A real https address is a setting the admin chose: it is kept exactly.
    const ok = await admin.put('/admin/api/sites/demo', {
      quickExitUrl: 'https://www.bbc.co.uk/news',
    });
    expect(ok.status).toBe(200);
    expect(await exitLinks()).toEqual(['https://www.bbc.co.uk/news', 'https://www.bbc.co.uk/news']);
  });

  it('never becomes a script or off-pattern link on the journey page, even if the database was changed by hand', async () => {
    const found: string[] = [];
    for (const trick of REDIRECT_TRICKS) {
      await deps.db
        .updateTable('site')
        .set({ quick_exit_url: trick })
        .where('key', '=', 'demo')
        .execute();
      for (const link of await exitLinks()) {
        let url: URL | null = null;
        try {
          url = new URL(link);
        } catch {}
        if (!url || !['https:', 'http:'].includes(url.protocol))
          found.push(`${JSON.stringify(trick)} → ${JSON.stringify(link)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('is never taken from the request', async () => {
    await deps.db
      .updateTable('site')
      .set({ quick_exit_url: 'https://www.bbc.co.uk/weather' })
      .where('key', '=', 'demo')
      .execute();
    for (const q of ['exit', 'quickExit', 'quickExitUrl', 'next', 'returnTo', 'redirect']) {
      const res = await send(`/tell/demo?${q}=${encodeURIComponent('https://evil.example')}`);
      expect(await res.text()).not.toContain('evil.example');
    }
  });
});

describe('sign-in `next`', () => {
  it('is never followed by the server: no redirect, whatever it holds', async () => {
    for (const trick of [...REDIRECT_TRICKS, 'https://evil.example']) {
      for (const path of ['/admin/sign-in', '/admin', '/admin/queue', '/withdraw', '/tell/demo']) {
        const res = await send(`${path}?next=${encodeURIComponent(trick)}`);
        expect(res.status, `${path} ${trick}`).toBeLessThan(300);
        expect(res.headers.get('location')).toBeNull();
      }
    }
  });

  it('is not accepted by the sign-in API, which answers in JSON and never with a Location', async () => {
    const staff = await createStaff(deps, { role: 'coordinator', boardSlugs: ['demo'] });
    const res = await send('/admin/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: staff.email,
        password: staff.password,
        next: '//evil.example',
      }),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('location')).toBeNull();
    const ok = await send('/admin/api/session?next=%2F%2Fevil.example', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: staff.email, password: staff.password }),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('location')).toBeNull();
    expect(await ok.text()).not.toContain('evil.example');
  });
});
