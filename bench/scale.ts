import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminClient, urlRequester } from '../tests/support/admin-client.ts';

/**
 * Scale: the real server on databases of 1,000, 10,000 and 100,000 synthetic stories
 * (`npm run heard -- seed --stories N`), measured over HTTP as staff would meet it: library
 * full-text search, a year of measures, the moderation queue's first page, a 50-story Word pack
 * (bench/pack-docx.ts), and the server's peak memory. Reports how each cost grows.
 */
export const title = 'Scale: 1,000 → 10,000 → 100,000 stories';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const PASSWORD = 'bench lantern orchard 47';
const SEARCHES = [
  'carer',
  'money',
  'listened',
  'social worker',
  'care home',
  'advocate',
  'hospital',
  'scared',
  'respect',
  'phone',
  'told',
  'home',
];

type Figures = {
  stories: number;
  seedSeconds: number;
  searchP50: number;
  searchP95: number;
  measuresYear: number;
  queueP50: number;
  queueP95: number;
  packDocx: number | null;
  rssMb: number;
};

const cli = (dataDir: string, args: string[], input?: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    input,
    stdio: ['pipe', 'pipe', 'inherit'],
  }).toString();

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

async function timed(fn: () => Promise<Response>): Promise<number> {
  const start = performance.now();
  const res = await fn();
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return performance.now() - start;
}

async function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      DEMO_HOST_PORT: '0',
      LOG_LEVEL: 'info',
      HEARD_RATE_LIMIT_PER_ADDRESS: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /"server\.listening","port":(\d+)/.exec(buffer);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function measureSize(stories: number): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-scale-'));
  try {
    const seedStart = performance.now();
    cli(dataDir, ['seed', '--stories', String(stories)]);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    for (const role of ['board_secretary', 'coordinator']) {
      cli(
        dataDir,
        [
          'user',
          'add',
          '--email',
          `${role}@bench.invalid`,
          '--role',
          role,
          '--board',
          'demo-sab',
          '--password-stdin',
        ],
        `${PASSWORD}\n`,
      );
    }
    const { url, child } = await startServer(dataDir);
    try {
      const secretary = new AdminClient(urlRequester(url));
      await secretary.signIn({ email: 'board_secretary@bench.invalid', password: PASSWORD });
      const coordinator = new AdminClient(urlRequester(url));
      await coordinator.signIn({ email: 'coordinator@bench.invalid', password: PASSWORD });
      const boards = (await (await secretary.get('/admin/api/boards')).json()) as {
        items: { id: number }[];
      };
      const boardId = boards.items[0]?.id;
      if (!boardId) throw new Error('no Board');

      const search: number[] = [];
      for (let round = 0; round < 4; round++) {
        for (const q of SEARCHES) {
          search.push(
            await timed(() =>
              secretary.get(`/admin/api/boards/${boardId}/library?q=${encodeURIComponent(q)}`),
            ),
          );
        }
      }
      const year =
        new Date().getUTCMonth() < 3
          ? new Date().getUTCFullYear() - 1
          : new Date().getUTCFullYear();
      const measures: number[] = [];
      for (let i = 0; i < 5; i++) {
        measures.push(
          await timed(() =>
            secretary.get(`/admin/api/boards/${boardId}/measures?period=${year - 1}`),
          ),
        );
      }
      const queue: number[] = [];
      for (let i = 0; i < 20; i++) {
        queue.push(await timed(() => coordinator.get('/admin/api/stories')));
      }
      const packDocx = await measurePack(dataDir, boardId);
      return {
        stories,
        seedSeconds,
        searchP50: percentile(search, 50),
        searchP95: percentile(search, 95),
        measuresYear: percentile(measures, 50),
        queueP50: percentile(queue, 50),
        queueP95: percentile(queue, 95),
        packDocx,
        rssMb: child.pid ? peakRssMb(child.pid) : Number.NaN,
      };
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Builds a draft pack of 50 library stories and times its Word export through the pack model
 * and renderer (bench/pack-docx.ts), on the same database the server is using.
 */
async function measurePack(dataDir: string, boardId: number): Promise<number | null> {
  const { timeWordPack } = await import('./pack-docx.ts');
  const timing = await timeWordPack(join(dataDir, 'heard.db'), boardId, 50);
  return timing.medianMs;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function section() {
  const rows: Figures[] = [];
  for (const size of SIZES) {
    process.stdout.write(`  seeding and measuring ${size} stories…\n`);
    rows.push(await measureSize(size));
  }
  // Growth at each step (1,000 → 10,000 → 100,000): 10× the data should cost at most ~10×.
  const growth = (pick: (f: Figures) => number | null) =>
    rows
      .slice(1)
      .map((f, i) => {
        const before = rows[i] as Figures;
        const [x, y] = [pick(before), pick(f)];
        return x && y ? `${(y / x).toFixed(1)}×` : '—';
      })
      .join(' then ');
  const body = [
    '| stories | seed | search p50 | search p95 | year of measures | queue p50 | queue p95 | 50-story Word pack | peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (f) =>
        `| ${f.stories.toLocaleString('en-GB')} | ${f.seedSeconds.toFixed(0)} s | ${ms(f.searchP50)} | ${ms(f.searchP95)} | ${ms(f.measuresYear)} | ${ms(f.queueP50)} | ${ms(f.queueP95)} | ${f.packDocx === null ? 'not measured' : ms(f.packDocx)} | ${f.rssMb.toFixed(0)} MB |`,
    ),
    '',
    `Growth for each 10× more stories (${rows.map((f) => f.stories.toLocaleString('en-GB')).join(' → ')}): search p95 ${growth((f) => f.searchP95)}; measures ${growth((f) => f.measuresYear)}; queue p95 ${growth((f) => f.queueP95)}; Word pack ${growth((f) => f.packDocx)}; memory ${growth((f) => f.rssMb)}.`,
    'Times are over HTTP on loopback, as staff meet them (sign-in session, JSON). Searches: 12 everyday terms × 4 rounds; queue: first page × 20; Word pack: median of 5 after a warm-up, in-process through the pack model and renderer (the same code the export route runs).',
  ].join('\n');
  const top = rows[rows.length - 1];
  const at = top ? ` at ${top.stories.toLocaleString('en-GB')}` : '';
  const verdicts = top
    ? [
        { goal: `search p95 ≤ 50 ms${at}`, measured: ms(top.searchP95), met: top.searchP95 <= 50 },
        {
          goal: `a year of measures ≤ 200 ms${at}`,
          measured: ms(top.measuresYear),
          met: top.measuresYear <= 200,
        },
        {
          goal: `50-story Word pack ≤ 2 s${at}`,
          measured: top.packDocx === null ? 'not measured' : ms(top.packDocx),
          met: top.packDocx !== null && top.packDocx <= 2000,
        },
        {
          goal: `queue page ≤ 100 ms${at} (p95)`,
          measured: ms(top.queueP95),
          met: top.queueP95 <= 100,
        },
        {
          goal: `server ≤ 250 MB RSS${at}`,
          measured: `${top.rssMb.toFixed(0)} MB`,
          met: top.rssMb <= 250,
        },
      ]
    : [];
  return {
    title,
    verdicts,
    command: 'BENCH_SIZES=1000,10000,100000 node --import tsx bench/scale.ts',
    goal: 'at 100,000 stories: search p95 ≤ 50 ms, a year of measures ≤ 200 ms, 50-story Word pack ≤ 2 s, queue page ≤ 100 ms, server ≤ 250 MB RSS',
    body,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await section();
  process.stdout.write(`${result.body}\n`);
}
