import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { backupDatabase } from '../../server/backup/backup-database.ts';
import { referenceLookupKey } from '../../server/crypto/reference-lookup.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { appRequester, signInAs, submitStory } from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import { curateAndApprove, demoBoardId, staffClient } from './board-support.ts';

// Issue 12, finding 12: SECURITY.md said a backup is useless without the data key; it is not.
// docs/operations.md ("What a backup reveals") lists every column as readable or sealed. This
// test holds the document to the schema, and byte-searches a real backup for a canary of every
// sealed kind, so neither the code nor the document can drift silently.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const C = {
  story: 'Canary story 4KQ: the heron clock stopped at Larkspur house.',
  helpedMost: 'Canary helped 4KQ: the heron clock keeper listened.',
  shouldChange: 'Canary change 4KQ: wind the heron clock daily.',
  wantedOutcome: 'Canary wanted 4KQ: the heron clock mended.',
  name: 'Canary Heronname',
  email: 'canary.heron.4kq@example.org',
  phone: '07700 900417',
  note: 'Canary note 4KQ: rang about the heron clock.',
  escalatedTo: 'Canary desk 4KQ Heron team',
  curated: 'Curated canary 4KQ: a clock at the home was not looked after.',
};

let deps: TestDeps;
let backup: Buffer;
let backupFile: string;
const plain: Record<string, string> = {};
beforeAll(async () => {
  deps = await createTestDeps({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  const app = createApp(deps);
  const send = appRequester(app);
  const consents = {
    board_share: true,
    training: false,
    publish: false,
    quote: false,
    contact_check: true,
    contact_involve: false,
  };
  const first = await submitStory(send, deps, {
    ...adultStory({
      story: C.story,
      helpedMost: C.helpedMost,
      shouldChange: C.shouldChange,
      wantedOutcome: C.wantedOutcome,
      consents,
      contact: { method: 'email', email: C.email, name: C.name, safeToLeaveMessage: false },
    }),
  });
  const second = await submitStory(send, deps, {
    ...adultStory({
      consents,
      contact: { method: 'phone', phone: C.phone, safeToLeaveMessage: true },
    }),
  });
  plain.reference = first.reference;
  plain.secondReference = second.reference;
  const coordinator = await signInAs(send, deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
    totp: true,
  });
  plain.totpSecret = coordinator.account.totpSecret ?? '';
  plain.staffEmail = coordinator.account.email;
  await coordinator.post(`/admin/api/stories/${first.id}/check`, {
    outcome: 'escalated',
    escalatedTo: C.escalatedTo,
    note: C.note,
  });
  const curator = await staffClient(deps, app, {
    role: 'coordinator',
    boardIds: [await demoBoardId(deps)],
  });
  await curateAndApprove(curator, second.id, {
    title: 'Canary curated title',
    text: C.curated,
    principles: ['empowerment'],
    harmKinds: ['neglect'],
  });
  plain.lookupKey = referenceLookupKey(deps.sqlite, deps.sealer).toString('base64');
  const dir = mkdtempSync(join(tmpdir(), 'heard-backup-contents-'));
  backupFile = join(dir, 'backup.db');
  await backupDatabase(deps.sqlite, backupFile);
  backup = readFileSync(backupFile);
});
afterAll(async () => {
  await deps?.cleanup();
  if (backupFile) rmSync(join(backupFile, '..'), { recursive: true, force: true });
});

/** Where a text sits in the bytes: UTF-8 or UTF-16, any case, or a 16-character piece of it. */
function traces(bytes: Buffer, text: string): string[] {
  const lower = bytes.toString('latin1').toLowerCase();
  const found: string[] = [];
  for (const piece of new Set([text, text.slice(0, 16), text.slice(-16)])) {
    if (lower.includes(piece.toLowerCase())) found.push(`utf8:${piece}`);
    if (bytes.includes(Buffer.from(piece, 'utf16le'))) found.push(`utf16:${piece}`);
  }
  return found;
}

/** The "What a backup reveals" table of docs/operations.md: tables → readable and sealed. */
function documented(): { tables: string[]; readable: Set<string>; sealed: Set<string> }[] {
  const doc = readFileSync(join(process.cwd(), 'docs/operations.md'), 'utf8');
  const section = doc.split('### What a backup reveals')[1]?.split('\n### ')[0] ?? '';
  const names = (cell: string) => [...cell.matchAll(/`([a-z_]+)`/g)].map((m) => m[1] as string);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [, tables = '', readable = '', sealed = ''] = line.split('|');
      return {
        tables: names(tables),
        readable: new Set(names(readable)),
        sealed: new Set(names(sealed)),
      };
    });
}

describe('what a backup reveals', () => {
  it('holds no canary of any sealed kind, nor a reference, TOTP secret or lookup key', () => {
    const found = [
      ...Object.entries(C)
        .filter(([kind]) => kind !== 'curated')
        .flatMap(([kind, text]) => traces(backup, text).map((t) => `${kind} ${t}`)),
      ...['reference', 'secondReference', 'totpSecret', 'lookupKey'].flatMap((kind) =>
        traces(backup, plain[kind] as string).map((t) => `${kind} ${t}`),
      ),
      ...traces(backup, (plain.reference as string).replace(/-/g, '')).map((t) => `ref ${t}`),
    ];
    expect(found).toEqual([]);
    expect(backup.includes(Buffer.from(plain.lookupKey as string, 'base64'))).toBe(false);
  });

  it('holds in plain text exactly what docs/operations.md says is readable', () => {
    // The kinds the document says are readable are found by the same search.
    expect(traces(backup, C.curated).length).toBeGreaterThan(0);
    expect(traces(backup, plain.staffEmail as string).length).toBeGreaterThan(0);
    expect(traces(backup, 'Demo Safeguarding Adults Board').length).toBeGreaterThan(0);

    const copy = new SQLite(backupFile, { readonly: true });
    try {
      const tables = (
        copy
          .prepare(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
          )
          .all() as { name: string }[]
      ).map((t) => t.name);
      const rows = documented();
      const listed = rows.flatMap((r) => r.tables);
      expect([...listed].sort()).toEqual([...tables].sort());
      const problems: string[] = [];
      for (const row of rows) {
        const columns = new Set(
          row.tables.flatMap((t) =>
            (copy.prepare(`pragma table_info("${t}")`).all() as { name: string }[]).map(
              (c) => c.name,
            ),
          ),
        );
        for (const c of columns) {
          const isSealed = c.endsWith('_sealed');
          if (isSealed && !row.sealed.has(c))
            problems.push(`${row.tables}: ${c} not listed as sealed`);
          if (!isSealed && !row.readable.has(c))
            problems.push(`${row.tables}: ${c} not listed as readable`);
        }
        for (const c of [...row.readable, ...row.sealed])
          if (!columns.has(c)) problems.push(`${row.tables}: lists ${c}, which does not exist`);
        for (const c of row.readable)
          if (c.endsWith('_sealed')) problems.push(`${row.tables}: ${c} listed as readable`);
        // Every value in a sealed column really is sealed.
        for (const t of row.tables) {
          for (const c of row.sealed) {
            const has = (
              copy.prepare(`pragma table_info("${t}")`).all() as { name: string }[]
            ).some((x) => x.name === c);
            if (!has) continue;
            const open = copy
              .prepare(
                `select count(*) as n from "${t}" where "${c}" is not null and "${c}" not like 'v1.%'`,
              )
              .get() as { n: number };
            if (open.n > 0) problems.push(`${t}.${c}: ${open.n} values not sealed`);
          }
        }
      }
      expect(problems).toEqual([]);
    } finally {
      copy.close();
    }
  });
});
