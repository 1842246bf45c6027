import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { adultStory, representativeStory } from '../tests/support/fixtures.ts';

/**
 * Submissions benchmark: autocannon on loopback against the real server with realistic,
 * varied story payloads (each request a distinct story and Idempotency-Key), beside a baseline
 * route in the same server build. Prints requests/s, p50/p99 latency, errors and the ratio.
 */

export type LoadResult = {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
};

const STORY_SNIPPETS = [
  'The carers kept missing visits and nobody answered the phone at the agency.',
  'My social worker came quickly and explained everything in words I could understand.',
  'I did not know who the people at the meeting were, and nobody told me afterwards.',
  'The advocate helped me say that I wanted to stay in my own home, and I did.',
  'Money went missing from my account and the bank and the council worked together to stop it.',
];

export function storyBody(i: number): string {
  const base = i % 3 === 0 ? representativeStory() : adultStory();
  const story = `${STORY_SNIPPETS[i % STORY_SNIPPETS.length]} ${STORY_SNIPPETS[(i * 7) % STORY_SNIPPETS.length]} (${i})`;
  return JSON.stringify({ ...base, story, elapsedMs: 240_000 + i });
}

export async function startBenchServer(
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bench-server.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /PORT (\d+)/.exec(buffer);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function load(name: string, opts: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon(opts);
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

export async function benchSubmissions(seconds = 10, connections = 20): Promise<LoadResult[]> {
  const { url, child } = await startBenchServer();
  try {
    let i = 0;
    const common = { url, connections, duration: seconds, pipelining: 1 } as const;
    const baseline = await load('baseline (fixed JSON)', {
      ...common,
      url: `${url}/bench/baseline`,
    });
    const stories = await load('POST /api/v1/stories', {
      ...common,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/stories',
          setupRequest: (req) => {
            i += 1;
            return {
              ...req,
              headers: {
                'content-type': 'application/json',
                'idempotency-key': `bench-${process.pid}-${i}`,
              },
              body: storyBody(i),
            };
          },
        },
      ],
    });
    return [baseline, stories];
  } finally {
    child.kill('SIGTERM');
  }
}

/**
 * The floor under a batch: how long one durable commit (WAL, synchronous=FULL, so one fsync)
 * takes on this disk for one story-sized row and for a batch of 20 (one per connection). The
 * server's event loop waits for it (better-sqlite3 is synchronous), so with 20 connections a
 * cycle is at least this plus the CPU for 20 stories.
 */
export async function measureCommit(): Promise<{ one: number; twenty: number }> {
  const { default: SQLite } = await import('better-sqlite3');
  const dir = mkdtempSync(join(tmpdir(), 'heard-commit-'));
  try {
    const db = new SQLite(join(dir, 'commit.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('create table t (body text)');
    const insert = db.prepare('insert into t values (?)');
    // About what one story writes: its row with sealed text, six consents with their wording.
    const row = 'x'.repeat(4_000);
    const median = (rows: number) => {
      const times: number[] = [];
      for (let i = 0; i < 60; i++) {
        const started = performance.now();
        db.transaction(() => {
          for (let j = 0; j < rows; j++) insert.run(row);
        }).immediate();
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[30] ?? Number.NaN;
    };
    const result = { one: median(1), twenty: median(20) };
    db.close();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchSubmissions(Number(process.env.BENCH_SECONDS ?? 10));
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(24)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}  non-2xx ${r.non2xx}\n`,
    );
  }
  const [b, s] = results;
  if (b && s)
    process.stdout.write(
      `ratio stories/baseline: ${(s.requestsPerSecond / b.requestsPerSecond).toFixed(2)}\n`,
    );
}
