import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { measureBudgets } from '../scripts/budgets.ts';
import { benchSubmissions, type LoadResult, measureCommit } from './submissions.ts';

/**
 * `npm run bench`: runs every benchmark, prints figures and writes docs/performance.md with the
 * machine, the date and the command for each. Benchmarks are scripts, never timed tests.
 * Sections whose prerequisites are missing say so rather than being left out.
 */

/** A goal and whether this run met it, for the summary at the top of the page. */
export type Verdict = { goal: string; measured: string; met: boolean };
type Section = {
  title: string;
  command: string;
  goal: string;
  body: string;
  verdicts?: Verdict[];
};

// Defaults sized so the whole run fits in 10 minutes on a shared 2-core machine (issue 7);
// set either variable to run longer.
process.env.BENCH_JOURNEY_RUNS ??= '3';
const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const sections: Section[] = [];
const runStarted = Date.now();
// Benchmarks often run on shared machines: the load average says how quiet the run was.
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');
const loadAtStart = load();
const log = (line: string) => process.stdout.write(`${line}\n`);

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

function table(headers: string[], rows: (string | number)[][]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

async function runSection(title: string, fn: () => Promise<Section>): Promise<void> {
  log(`\n== ${title}`);
  const started = Date.now();
  try {
    const section = await fn();
    sections.push(section);
    log(section.body);
  } catch (error) {
    sections.push({
      title,
      command: '',
      goal: '',
      body: `Not measured: ${(error as Error).message}`,
    });
    log(`failed: ${(error as Error).message}`);
  }
  log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await runSection('Bundle sizes', async () => {
  execSync('npm run build --silent', { stdio: 'ignore' });
  const budgets = measureBudgets();
  const rows = budgets.map((m) => [
    m.name,
    m.missing.length ? 'not built' : `${(m.bytes / 1024).toFixed(1)} KB`,
    `${(m.limit / 1024).toFixed(0)} KB`,
    m.missing.length ? '—' : m.bytes <= m.limit ? 'within' : '**over**',
  ]);
  return {
    title: 'Bundle sizes (gzipped)',
    command: 'npm run build',
    goal: 'embed.js ≤ 3 KB; journey JS ≤ 30 KB, CSS ≤ 10 KB; admin initial JS ≤ 120 KB',
    body: table(['bundle', 'size', 'budget', 'result'], rows),
    verdicts: budgets.map((m) => ({
      goal: `${m.name} ≤ ${(m.limit / 1024).toFixed(0)} KB gzipped`,
      measured: m.missing.length ? 'not built' : `${(m.bytes / 1024).toFixed(1)} KB`,
      met: m.missing.length === 0 && m.bytes <= m.limit,
    })),
  };
});

await runSection('Submissions', async () => {
  const seconds = BENCH_SECONDS;
  const results: LoadResult[] = await benchSubmissions(seconds);
  const commit = await measureCommit();
  const [baseline, stories] = results;
  const ratio = baseline && stories ? stories.requestsPerSecond / baseline.requestsPerSecond : 0;
  const verdicts: Verdict[] = stories
    ? [
        {
          goal: 'submissions ≥ 1,500 stories/s',
          measured: `${stories.requestsPerSecond.toFixed(0)}/s`,
          met: stories.requestsPerSecond >= 1500,
        },
        { goal: 'submissions p99 ≤ 50 ms', measured: `${stories.p99} ms`, met: stories.p99 <= 50 },
        {
          goal: 'submissions: zero errors',
          measured: `${stories.errors + stories.non2xx}`,
          met: stories.errors + stories.non2xx === 0,
        },
        { goal: 'ratio to baseline ≥ 0.25', measured: ratio.toFixed(2), met: ratio >= 0.25 },
      ]
    : [];
  return {
    title: 'Submissions under load',
    command: 'node --import tsx bench/submissions.ts',
    goal: '≥ 1,500 stories/s, p99 ≤ 50 ms, zero errors, ratio to baseline ≥ 0.25',
    verdicts,
    body: `${table(
      ['route', 'requests/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'requests'],
      results.map((r) => [
        r.name,
        r.requestsPerSecond.toFixed(0),
        r.p50,
        r.p99,
        r.errors,
        r.non2xx,
        r.total,
      ]),
    )}\n\nRatio stories/baseline: **${ratio.toFixed(2)}**. ${seconds} s each, 20 connections, loopback.\n\nOne durable commit on this disk (WAL, synchronous=FULL, median of 60): ${commit.one.toFixed(1)} ms for one story-sized row, ${commit.twenty.toFixed(1)} ms for 20. The event loop waits for it, so 20 connections cannot exceed 20 stories per (commit + CPU for 20 stories): ${(20_000 / commit.twenty).toFixed(0)}/s even with no CPU at all.`,
  };
});

for (const extra of ['./journey-slow.ts', './scale.ts']) {
  try {
    const mod = (await import(extra)) as { section: () => Promise<Section>; title: string };
    await runSection(mod.title, mod.section);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
}

const now = new Date().toISOString();
const minutes = ((Date.now() - runStarted) / 60_000).toFixed(1);
const verdicts = sections.flatMap((s) => s.verdicts ?? []);
const notesFile = new URL('./notes.md', import.meta.url);
const notes = existsSync(notesFile) ? `\n${readFileSync(notesFile, 'utf8')}` : '';
const doc = `# Performance

Measured by \`npm run bench\` on ${now.slice(0, 10)} (${now}); the whole run took ${minutes} minutes.
Machine: ${machine()}. Load average (1, 5, 15 min) ${loadAtStart} at the start, ${load()} at the end:
the machine is shared, so a busy run is slower than a quiet one.
Re-run \`npm run bench\` to regenerate this page; each section names its own command.
${
  verdicts.length
    ? `
## Goals at a glance

${table(
  ['goal', 'measured', 'result'],
  verdicts.map((v) => [v.goal, v.measured, v.met ? 'met' : '**missed**']),
)}
`
    : ''
}
${sections
  .map(
    (s) => `## ${s.title}

${s.goal ? `Goal: ${s.goal}.\n\n` : ''}${s.command ? `Command: \`${s.command}\`\n\n` : ''}${s.body}
`,
  )
  .join('\n')}${notes}`;
writeFileSync(new URL('../docs/performance.md', import.meta.url), doc);
log(`\nWrote docs/performance.md (${minutes} minutes)`);
