import { parseArgs } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteCommand } from '../../server/cli/site-command.ts';
import { readEnv } from '../../server/env.ts';
import { boardViewSnippet } from '../../server/sites/site-admin.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// The snippet for a public Board view (issue 5, decision 0022): a public contract, printed by
// the site CLI with the fallback link people get when scripts are off.

let deps: TestDeps;
beforeAll(async () => {
  deps = await createTestDeps();
});
afterAll(async () => deps.cleanup());

describe('boardViewSnippet', () => {
  it('is an element with the Board and view, a plain link inside, and the one script', () => {
    expect(boardViewSnippet('https://heard.example.org/', 'shire-sab', 'stories')).toBe(
      [
        '<div data-heard-board="shire-sab" data-heard-view="stories">',
        '  <a href="https://heard.example.org/boards/shire-sab/stories">People’s stories</a>',
        '</div>',
        '<script src="https://heard.example.org/embed.js" async></script>',
      ].join('\n'),
    );
    expect(boardViewSnippet('https://heard.example.org', 'shire-sab', 'actions')).toContain(
      '<div data-heard-board="shire-sab" data-heard-view="actions">\n  <a href="https://heard.example.org/boards/shire-sab/you-said-we-did">You said, we did</a>',
    );
  });
});

describe('npm run heard -- site show', () => {
  it('prints both Board view snippets, with what the link is for', async () => {
    const parsed = parseArgs({
      args: ['show', 'demo'],
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
    const text = lines.join('\n');
    expect(code).toBe(0);
    expect(text).toContain(boardViewSnippet('https://heard.example.org', 'demo-sab', 'actions'));
    expect(text).toContain(boardViewSnippet('https://heard.example.org', 'demo-sab', 'stories'));
    expect(text).toMatch(/link inside each is what people see with scripts off/);
  });
});
