/**
 * Scores every language's danger cues on its corpus (tests/fixtures/danger/<code>.tsv), prints
 * recall and false alarms, and writes the table into docs/danger-detection-languages.md between
 * its `figures` markers. `node --import tsx scripts/danger-languages-quality.ts`; add `--misses`
 * to list the sentences missed or wrongly flagged, `--check` to fail instead of writing when the
 * table in the docs is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { languageCueFinder } from '../domain/danger-cues/all-languages.ts';
import { LANGUAGE_CODES, languageInfo } from '../domain/languages.ts';
import {
  type CorpusScore,
  corpusPath,
  readCorpus,
  scoreCorpus,
} from '../tests/fixtures/danger/corpus.ts';

const DOC = new URL('../docs/danger-detection-languages.md', import.meta.url);
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const showMisses = process.argv.includes('--misses');

const figure = (s: CorpusScore) =>
  `${pct(s.recall)} (${s.caught}/${s.danger}) | ${pct(s.falseAlarmRate)} (${s.falseAlarms}/${s.calm})`;

const rows: string[] = [
  '| code | language | review status | corpus recall | corpus false alarms | held-back recall | held-back false alarms |',
  '|---|---|---|---|---|---|---|',
];
for (const code of LANGUAGE_CODES) {
  if (code === 'en') continue;
  const find = languageCueFinder(code);
  if (!find) throw new Error(`no cue finder for ${code}`);
  const { reviewStatus } = (await import(`../domain/danger-cues/${code}.ts`)) as {
    reviewStatus: string;
  };
  const corpus = readCorpus(code);
  const s = scoreCorpus(find, corpus);
  const story = corpus
    .map((r) => r.text)
    .join(' ')
    .repeat(40)
    .slice(0, 10_000);
  find(story);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 10; i++) find(story);
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `${code.padEnd(8)} recall ${pct(s.recall).padStart(6)} (${s.caught}/${s.danger})  ` +
      `false alarms ${pct(s.falseAlarmRate).padStart(6)} (${s.falseAlarms}/${s.calm})  ` +
      // CPU time, not wall time: on a shared machine wall time includes waiting.
      `10,000 characters: ${((cpu.user + cpu.system) / 1000 / 10).toFixed(1)} ms CPU`,
  );
  if (showMisses) {
    for (const m of s.misses) console.log(`  missed  line ${m.line}: ${m.text}`);
    for (const a of s.alarms) console.log(`  alarm   line ${a.line}: ${a.text}`);
  }
  // The held-back part is scored and printed as totals only: what it misses is never listed,
  // because reading the misses is how tuning on it starts.
  const held = existsSync(corpusPath(code, 'held-back'))
    ? scoreCorpus(find, readCorpus(code, 'held-back'))
    : undefined;
  if (held) {
    console.log(
      `${''.padEnd(8)} held back: recall ${pct(held.recall)} (${held.caught}/${held.danger}), ` +
        `false alarms ${pct(held.falseAlarmRate)} (${held.falseAlarms}/${held.calm})`,
    );
  }
  rows.push(
    `| \`${code}\` | ${languageInfo(code).englishName} | ${reviewStatus} | ${figure(s)} | ` +
      `${held ? figure(held) : '– | –'} |`,
  );
}

const doc = readFileSync(DOC, 'utf8');
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from < 0 || to < from) throw new Error(`${DOC.pathname} lacks the ${START} … ${END} markers`);
const updated = `${doc.slice(0, from + START.length)}\n${rows.join('\n')}\n${doc.slice(to)}`;
if (process.argv.includes('--check')) {
  if (updated !== doc) {
    console.error('docs/danger-detection-languages.md is out of date: run this script.');
    process.exit(1);
  }
} else if (updated !== doc) {
  writeFileSync(DOC, updated);
  console.log('\nwrote the table into docs/danger-detection-languages.md');
}
