/**
 * Scores English current-danger detection on the labelled corpus (`npm run bench:danger`):
 * recall and false alarms for the development and held-back sets, the sentences each got wrong,
 * and the time over a story at the journey's longest. Writes the figures table into
 * docs/danger-detection.md. Held-back mistakes are printed only with `--show-held-back` (a reviewer
 * checking the labels); the engine is changed only for development mistakes. Seeing held-back
 * sentences fail is how the first held-back set was spent (decision 0090).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { findMoreEnglishCues } from '../domain/danger-cues/english-more.ts';
import { LIMITS } from '../domain/limits.ts';
import { findDangerCues } from '../domain/risk.ts';
import {
  CORPUS_PARTS,
  readCorpus,
  type Score,
  scoreCorpus,
} from '../tests/fixtures/danger/english-corpus.ts';

const DOC = 'docs/danger-detection.md';
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
// What the server runs (core and rarer cues), and the journey's first load alone (core cues).
const find = (text: string) => findDangerCues(text, findMoreEnglishCues);
const findCore = (text: string) => findDangerCues(text);

function print(name: string, s: Score, details = true): void {
  console.log(`\n== ${name}: ${s.danger} danger, ${s.calm} calm ==`);
  console.log(`recall       ${pct(s.recall).padStart(6)}  (${s.caught}/${s.danger})`);
  console.log(
    `false alarms ${pct(s.falseAlarmRate).padStart(6)}  (${s.falseAlarms.length}/${s.calm})`,
  );
  for (const [category, c] of [...s.byCategory].sort()) {
    console.log(`  ${category.padEnd(22)} ${c.caught}/${c.total}`);
  }
  if (!details) return;
  for (const m of s.misses) console.log(`  miss  line ${m.line} [${m.tag}] ${m.text}`);
  for (const f of s.falseAlarms) {
    const cues = find(f.text).map((c) => `${c.category}: "${c.phrase}"`);
    console.log(`  alarm line ${f.line} [${f.tag}] ${f.text}  <- ${cues.join('; ')}`);
  }
}

const dev = readCorpus(CORPUS_PARTS.dev);
const heldBack = readCorpus(CORPUS_PARTS.heldBack);
const scores = { dev: scoreCorpus(dev, find), heldBack: scoreCorpus(heldBack, find) };
const core = { dev: scoreCorpus(dev, findCore), heldBack: scoreCorpus(heldBack, findCore) };
print('development', scores.dev);
print(
  'held back (never tune on these)',
  scores.heldBack,
  process.argv.includes('--show-held-back'),
);
for (const [name, s] of Object.entries(core)) {
  console.log(
    `core cues only (journey first load), ${name}: recall ${pct(s.recall)}, false alarms ${pct(s.falseAlarmRate)}`,
  );
}

const all = [...dev, ...heldBack].map((i) => i.text).join(' ');
const long = all.repeat(Math.ceil(LIMITS.story / all.length)).slice(0, LIMITS.story);
find(long);
const runs = 20;
const cpu0 = process.cpuUsage();
for (let i = 0; i < runs; i++) find(long);
const cpu = process.cpuUsage(cpu0);
const perStory = (cpu.user + cpu.system) / 1000 / runs;
const t0 = performance.now();
for (const item of [...dev, ...heldBack]) find(item.text);
const perSentence = ((performance.now() - t0) * 1000) / (dev.length + heldBack.length);
console.log(
  `\n${LIMITS.story.toLocaleString('en-GB')}-character story: ${perStory.toFixed(1)} ms CPU; one sentence: ${perSentence.toFixed(0)} µs wall (mean)`,
);

const row = (name: string, s: Score) =>
  `| ${name} | ${s.danger} | ${s.calm} | ${pct(s.recall)} (${s.caught}/${s.danger}) | ${pct(s.falseAlarmRate)} (${s.falseAlarms.length}/${s.calm}) |`;
const table = [
  '<!-- figures:start (written by npm run bench:danger) -->',
  '| set | danger | calm | recall | false alarms |',
  '|---|---|---|---|---|',
  row('development', scores.dev),
  row('held back', scores.heldBack),
  row('development, core cues only', core.dev),
  row('held back, core cues only', core.heldBack),
  '<!-- figures:end -->',
].join('\n');
const doc = readFileSync(DOC, 'utf8');
const updated = doc.replace(/<!-- figures:start[\s\S]*?<!-- figures:end -->/, table);
if (updated !== doc) writeFileSync(DOC, updated);
console.log(`\nFigures written to ${DOC}.`);
