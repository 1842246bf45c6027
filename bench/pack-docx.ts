import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/client.ts';
import { libraryStoryIds } from '../server/moderation/library.ts';
import { buildPackModel } from '../server/packs/pack-model.ts';
import { createPack, findPack, setPackStories } from '../server/packs/pack-store.ts';
import { renderPackDocx } from '../server/packs/render-docx.ts';

/**
 * A 50-story Word pack on a seeded database: the real pack model (every story re-checked
 * through the pack gate, a year of measures, reach) and the real renderer
 * (server/packs/render-docx.ts), timed together as a secretary meets them minutes before a
 * meeting. In-process rather than over HTTP because the pack API allows 20 stories a pack and
 * the goal is set for 50; the route adds only the audit record and the download around the same
 * two calls. Reports the median of the runs after one warm-up (first-run module loading).
 */

const RUNS = Number(process.env.BENCH_PACK_RUNS ?? 5);

export type PackTiming = { medianMs: number; worstMs: number; runs: number; bytes: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Builds a draft pack of `stories` library stories in the database file and times its export. */
export async function timeWordPack(
  dbFile: string,
  boardId: number,
  stories: number,
  runs = RUNS,
): Promise<PackTiming> {
  const { db, close } = openDatabase(dbFile);
  try {
    const now = new Date();
    const ids = (await libraryStoryIds(db, [boardId], now)).slice(0, stories);
    if (ids.length < stories) throw new Error(`only ${ids.length} library stories`);
    const user = await db
      .selectFrom('user')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow(() => new Error('no staff user to own the pack'));
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const packId = await createPack(db, {
      boardId,
      userId: user.id,
      now,
      fields: {
        title: `Benchmark pack, ${stories} stories`,
        meetingDate: day(now),
        periodFrom: day(new Date(now.getTime() - 365 * 86_400_000)),
        periodTo: day(now),
        priorities: 'Making Safeguarding Personal; financial abuse.',
        principles: ['empowerment', 'accountability'],
        caveats: 'Synthetic benchmark data.',
      },
    });
    const pack = await findPack(db, boardId, packId);
    if (!pack) throw new Error('pack not created');
    const set = await setPackStories(db, {
      pack,
      now,
      stories: ids.map((storyId) => ({
        storyId,
        tellsUs: 'People want to be asked what they want before anything is decided.',
        questions: 'How do partners check that this happens?',
      })),
    });
    if (!set.ok) throw new Error(`${set.refused.length} stories refused by the pack gate`);

    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      const model = await buildPackModel(db, packId, new Date());
      if (!model) throw new Error('pack model missing');
      if (model.stories.length !== stories)
        throw new Error(`pack has ${model.stories.length} stories`);
      const docx = await renderPackDocx(model);
      const elapsed = performance.now() - started;
      bytes = docx.length;
      if (run > 0) times.push(elapsed);
    }
    return { medianMs: median(times), worstMs: Math.max(...times), runs: times.length, bytes };
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Standalone: seed a fresh database (BENCH_PACK_SIZE stories, 100,000 by default) and time.
  const size = Number(process.env.BENCH_PACK_SIZE ?? 100_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-pack-'));
  try {
    const cli = (args: string[], input?: string) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
        input,
        stdio: ['pipe', 'pipe', 'inherit'],
      });
    cli(['seed', '--stories', String(size)]);
    cli(
      [
        'user',
        'add',
        '--email',
        'secretary@bench.invalid',
        '--role',
        'board_secretary',
        '--board',
        'demo-sab',
        '--password-stdin',
      ],
      'bench lantern orchard 47\n',
    );
    const file = join(dataDir, 'heard.db');
    const { db, close } = openDatabase(file);
    const board = await db.selectFrom('board').select('id').orderBy('id').executeTakeFirstOrThrow();
    await close();
    const t = await timeWordPack(file, board.id, 50);
    process.stdout.write(
      `50-story Word pack at ${size.toLocaleString('en-GB')} stories: median ${t.medianMs.toFixed(0)} ms, worst ${t.worstMs.toFixed(0)} ms (${t.runs} runs, ${(t.bytes / 1024).toFixed(0)} KB)\n`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
