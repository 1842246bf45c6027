import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteCommand } from '../../server/cli/site-command.ts';
import { readEnv } from '../../server/env.ts';
import { findActiveSite } from '../../server/sites/site-queries.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

const run = promisify(execFile);
let deps: TestDeps;
beforeAll(async () => {
  deps = await createTestDeps();
});
afterAll(async () => deps.cleanup());

/** Runs `site ...` in-process against the test database, as cli.ts would. */
async function site(args: string[]) {
  const { parseArgs } = await import('node:util');
  const parsed = parseArgs({
    args,
    options: siteCommand.options ?? {},
    allowPositionals: true,
    strict: true,
  });
  const lines: string[] = [];
  const code = await siteCommand.run(parsed, {
    env: readEnv({ DATA_DIR: deps.dataDir, HEARD_PUBLIC_URL: 'https://heard.example.org' }),
    deps: async () => deps,
    out: (line) => lines.push(line),
  });
  return { code, text: lines.join('\n') };
}

describe('npm run heard -- site', () => {
  it('adds a site and prints both snippets ready to copy', async () => {
    const { code, text } = await site([
      'add',
      'shire-cc',
      '--name',
      'Shire County Council website',
      '--partner',
      'Shire County Council',
      '--partner-kind',
      'council',
      '--board',
      'shire-sab',
      '--board-name',
      'Shire SAB',
      '--origin',
      'https://www.shire.gov.uk,https://shire.gov.uk',
      '--contact-name',
      'Shire adult safeguarding',
      '--quick-exit-url',
      'https://www.bbc.co.uk/weather',
      '--language',
      'en',
      '--language',
      'pl',
    ]);
    expect(code).toBe(0);
    expect(text).toContain(
      '<a href="https://heard.example.org/tell/shire-cc" data-heard-site="shire-cc">Tell us about your experience of safeguarding support</a>\n<script src="https://heard.example.org/embed.js" async></script>',
    );
    expect(text).toContain('data-heard-mode="inline"');
    expect(await findActiveSite(deps.db, 'shire-cc')).toMatchObject({
      allowedOrigins: ['https://www.shire.gov.uk', 'https://shire.gov.uk'],
      languages: ['en', 'pl'],
    });
  });

  it('lists every site with its state', async () => {
    const { text } = await site(['list']);
    expect(text).toMatch(/^demo\s+active/m);
    expect(text).toMatch(/^shire-cc\s+active\s+Shire County Council website/m);
  });

  it('updates a site and clears an optional setting with an empty value', async () => {
    await site(['update', 'shire-cc', '--contact-phone', '0300 123 4567']);
    const { code } = await site(['update', 'shire-cc', '--contact-phone', '', '--inactive']);
    expect(code).toBe(0);
    const row = await deps.db
      .selectFrom('site')
      .select(['safeguarding_phone', 'active'])
      .where('key', '=', 'shire-cc')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ safeguarding_phone: null, active: 0 });
  });

  it('names every missing option for add', async () => {
    await expect(site(['add', 'new-site', '--name', 'New'])).rejects.toThrow(
      /--partner, --board, --contact-name, --quick-exit-url/,
    );
  });

  it('explains each invalid value and saves nothing', async () => {
    await expect(
      site([
        'add',
        'bad-site',
        '--name',
        'x',
        '--partner',
        'y',
        '--board',
        'demo-sab',
        '--origin',
        'http://evil.example/path',
        '--contact-name',
        'c',
        '--quick-exit-url',
        'javascript:alert(1)',
      ]),
    ).rejects.toThrow(/not saved:\n {2}- "http:\/\/evil.example\/path" must be just the scheme/);
    expect(await findActiveSite(deps.db, 'bad-site')).toBeUndefined();
  });

  it('refuses to change a key', async () => {
    await expect(site(['update', 'demo', '--key', 'other'])).rejects.toThrow(/cannot change/);
  });

  it('shows a site with its snippet', async () => {
    const { text } = await site(['show', 'demo']);
    expect(text).toContain('Site demo: Demo Borough Council website');
    expect(text).toContain('<script src="https://heard.example.org/embed.js" async></script>');
  });
});

describe('the site command as a real process', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'heard-cli-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exits 2 with a plain message and usage for a mistake', async () => {
    const error = (await run('node', ['--import', 'tsx', 'server/cli.ts', 'site', 'show'], {
      env: { ...process.env, DATA_DIR: dataDir },
    }).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('Give the site key');
    expect(error.stderr).toContain('Usage: npm run heard -- site');
  });
});
