/**
 * Prints redaction suggestion quality per corpus part and per kind, plus the
 * time to suggest over a 10,000-character story. `npm run bench:redaction`;
 * add `--misses` to list dev misses and wrong suggestions (holdout details are
 * deliberately never printed: tuning on them would spoil the estimate).
 */
import { performance } from 'node:perf_hooks';
import { suggestRedactions } from '../server/redaction/suggest.ts';
import { corpusParts } from '../tests/fixtures/redaction-corpus/index.ts';
import {
  GROUPS,
  type QualityReport,
  ratio,
  scoreCorpus,
} from '../tests/fixtures/redaction-corpus/score.ts';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const showMisses = process.argv.includes('--misses');

function print(part: string, r: QualityReport): void {
  console.log(`\n== ${part} (${r.stories} stories) ==`);
  for (const group of Object.keys(GROUPS) as Array<keyof typeof GROUPS>) {
    const t = r.recallByGroup[group];
    console.log(`recall ${group.padEnd(10)} ${pct(ratio(t)).padStart(6)}  (${t.hit}/${t.total})`);
  }
  console.log(
    `precision all      ${pct(ratio(r.precision)).padStart(6)}  (${r.precision.hit}/${r.precision.total})`,
  );
  console.log('kind            recall            precision');
  const kinds = new Set([...r.recallByKind.keys(), ...r.precisionByKind.keys()]);
  for (const kind of [...kinds].sort()) {
    const rec = r.recallByKind.get(kind) ?? { hit: 0, total: 0 };
    const pre = r.precisionByKind.get(kind) ?? { hit: 0, total: 0 };
    console.log(
      `${kind.padEnd(14)} ${pct(ratio(rec)).padStart(6)} (${rec.hit}/${rec.total})`.padEnd(32) +
        `${pct(ratio(pre)).padStart(6)} (${pre.hit}/${pre.total})`,
    );
  }
  if (showMisses && part === 'dev') {
    for (const m of r.misses) console.log(`  miss  ${m.story} ${m.kind}: ${m.text}`);
    for (const w of r.wrong) console.log(`  wrong ${w.story} ${w.kind}: ${w.text}`);
  }
}

for (const [part, stories] of Object.entries(corpusParts)) {
  print(part, scoreCorpus(stories, suggestRedactions));
}

const story = corpusParts.dev.map((s) => s.text).join('\n\n');
const long = story.repeat(Math.ceil(10_000 / story.length)).slice(0, 10_000);
suggestRedactions(long);
const runs = 20;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < runs; i++) suggestRedactions(long);
const wall = (performance.now() - t0) / runs;
const cpu = process.cpuUsage(cpu0);
// CPU time is shown too: on a shared machine wall time includes waiting.
console.log(
  `\n10,000-character story: ${wall.toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms CPU (mean of ${runs} runs)`,
);
