import { parseArgs } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { siteCommand } from '../../server/cli/site-command.ts';
import { readEnv } from '../../server/env.ts';
import { normaliseOrigin } from '../../server/sites/site-admin.ts';
import { AdminClient, appRequester, createStaff } from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 12, finding 10: "https:\\evil.example" was accepted and saved as https://evil.example,
// because the WHATWG URL parser silently reads "\" as "/". An allowed origin (and any site web
// address) must be refused when the parser would rewrite it, by the one validator both the CLI
// and the admin API call (server/sites/site-admin.ts, decision 0021).

const REWRITTEN: [typed: string, why: RegExp][] = [
  ['https:\\\\evil.example', /backslash/],
  ['https:/\\evil.example', /backslash/],
  ['https://evil.example\\', /backslash/],
  ['https://ev\til.example', /tab, line break/],
  ['https://evil\n.example', /tab, line break/],
  ['https:evil.example', /two slashes/],
  ['https:///evil.example', /two slashes/],
  ['https://evil%2Eexample', /not written the way browsers read it/],
  ['https://evil\uff0eexample', /not written the way browsers read it/],
];

let deps: TestDeps;
let admin: AdminClient;
beforeAll(async () => {
  deps = await createTestDeps();
  admin = new AdminClient(appRequester(createApp(deps)));
  await admin.signIn(await createStaff(deps, { role: 'admin' }));
}, 60_000);
afterAll(async () => deps?.cleanup());

const storedOrigins = async () =>
  (
    await deps.db
      .selectFrom('site')
      .select('allowed_origins')
      .where('key', '=', 'demo')
      .executeTakeFirstOrThrow()
  ).allowed_origins;

async function cli(args: string[]) {
  const parsed = parseArgs({
    args,
    options: siteCommand.options ?? {},
    allowPositionals: true,
    strict: true,
  });
  return siteCommand.run(parsed, {
    env: readEnv({ DATA_DIR: deps.dataDir, HEARD_PUBLIC_URL: 'https://heard.example.org' }),
    deps: async () => deps,
    out: () => {},
  });
}

describe('an allowed origin the URL parser would rewrite', () => {
  it('is refused by the site validator with the reason', () => {
    for (const [typed, why] of REWRITTEN) {
      const checked = normaliseOrigin(typed);
      expect(checked.ok, JSON.stringify(typed)).toBe(false);
      expect(checked.ok ? '' : checked.message, JSON.stringify(typed)).toMatch(why);
    }
    // Still accepted: the forms decision 0021 reads generously.
    expect(normaliseOrigin('https://WWW.Shire.gov.uk/')).toEqual({
      ok: true,
      value: 'https://www.shire.gov.uk',
    });
    expect(normaliseOrigin('https://www.shire.gov.uk:443')).toMatchObject({ ok: true });
  });

  it('is refused through the admin API with 422 naming the field, and nothing is saved', async () => {
    const before = await storedOrigins();
    for (const [typed, why] of REWRITTEN) {
      const res = await admin.put('/admin/api/sites/demo', { addOrigins: [typed] });
      expect(res.status, JSON.stringify(typed)).toBe(422);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const problem = (await res.json()) as { errors: { field: string; message?: string }[] };
      expect(problem.errors.map((e) => e.field)).toEqual(['addOrigins']);
      expect(JSON.stringify(problem.errors), JSON.stringify(typed)).toMatch(why);
    }
    const created = await admin.post('/admin/api/sites', {
      key: 'tricked',
      name: 'Tricked site',
      partnerName: 'Tricked council',
      partnerKind: 'council',
      boardSlug: 'demo',
      boardName: null,
      allowedOrigins: ['https:\\\\evil.example'],
      contactName: 'Adult social care',
      contactPhone: null,
      contactUrl: null,
      emergencyText: null,
      quickExitUrl: 'https:\\\\evil.example',
      languages: ['en'],
      active: true,
    });
    expect(created.status).toBe(422);
    const problem = (await created.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['allowedOrigins', 'quickExitUrl']);
    expect(await storedOrigins()).toEqual(before);
  });

  it('is refused by `npm run heard -- site` with the reason, and nothing is saved', async () => {
    const before = await storedOrigins();
    for (const [typed, why] of REWRITTEN) {
      await expect(
        cli(['update', 'demo', '--add-origin', typed]),
        JSON.stringify(typed),
      ).rejects.toThrow(why);
    }
    expect(await storedOrigins()).toEqual(before);
  });
});
