import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// One type-check of the admin app against a copy of the server: about 10 s of tsc on a quiet
// machine, more on a shared one.
const TIMEOUT = 180_000;

/**
 * Deliberate server breaks, one of each way the admin app is typed (decision 0084). `find` must
 * be in `file`: if the server has moved on, point the break at where it now builds the shape.
 */
const BREAKS = [
  {
    why: 'a shape typed from the route itself (GET /admin/api/stories/:id, via storyDetail)',
    file: 'server/moderation/story-view.ts',
    find: 'hasContact: contact !== undefined,',
    replace: 'hasContacts: contact !== undefined,',
    expect: {
      file: 'admin/src/story/contact-details.tsx',
      text: "Property 'hasContact' does not exist",
    },
  },
  {
    why: 'a shape a capability builds and its route sends (the pack model)',
    file: 'server/packs/pack-model.ts',
    find: '  meetingDate: string;\n  period: Period;',
    replace: '  meetingOn: string;\n  period: Period;',
    expect: {
      file: 'admin/src/board/pack-page.tsx',
      text: "Property 'meetingDate' does not exist",
    },
  },
  {
    why: 'a route that answers with a different shape than the screen reads (POST /admin/api/boards)',
    file: 'server/routes/admin-organisation.ts',
    find: 'return c.json(boardView(board), 201);',
    replace: 'return c.json({ ...boardView(board), slug: 1 }, 201);',
    expect: {
      file: 'admin/src/api/types.check.ts',
      text: "Types of property 'slug' are incompatible",
    },
  },
] as const;

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'heard-admin-types-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the sources the admin app's types reach, with the server broken as asked. */
function brokenCopy(): string {
  for (const dir of ['admin', 'server', 'db', 'domain']) {
    cpSync(join(root, dir), join(work, dir), { recursive: true });
  }
  cpSync(join(root, 'widget/env.d.ts'), join(work, 'widget/env.d.ts'));
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  const config = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  config.include = ['admin', 'widget/env.d.ts'];
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(config));
  for (const b of BREAKS) {
    const path = join(work, b.file);
    const text = readFileSync(path, 'utf8');
    expect(text.includes(b.find), `${b.file} no longer has: ${b.find}`).toBe(true);
    writeFileSync(path, text.replace(b.find, b.replace));
  }
  return work;
}

describe('admin types come from the server (issue 14, decision 0084)', () => {
  it(
    'fails the type-check of the admin app when a server response changes',
    () => {
      const dir = brokenCopy();
      const tsc = spawnSync(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'],
        { cwd: dir, encoding: 'utf8' },
      );
      const output = `${tsc.stdout}${tsc.stderr}`;
      expect(tsc.status, output).not.toBe(0);
      const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
      for (const b of BREAKS) {
        expect(
          errors.some((e) => e.startsWith(b.expect.file)) && output.includes(b.expect.text),
          `${b.why}: expected "${b.expect.text}" in ${b.expect.file}\n${output}`,
        ).toBe(true);
      }
      // Nothing else in the admin app fails: the copy itself is sound.
      const unexplained = errors.filter(
        (e) =>
          e.startsWith('admin/') &&
          !e.startsWith('admin/src/api/types.check.ts') &&
          !/'(hasContact|meetingDate)'/.test(e),
      );
      expect(unexplained).toEqual([]);
    },
    TIMEOUT,
  );
});
