/**
 * Scores every language's danger cues on its corpus (tests/fixtures/danger/<code>.tsv) and
 * held-back set (held-back/<code>.tsv), prints recall and false alarms, and writes the table into
 * docs/danger-detection-languages.md. `node --import tsx scripts/danger-languages-quality.ts`;
 * add `--misses` to list what the corpus part got wrong. The held-back part is printed as totals
 * only, never what it misses: reading the misses is how tuning on it starts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { languageCueFinder } from '../domain/danger-cues/all-languages.ts';
import { readCorpus } from '../tests/fixtures/danger/corpus.ts';
import {
  docWithTable,
  FIGURES_DOC,
  figuresTable,
  languageFigures,
  pct,
} from '../tests/fixtures/danger/figures.ts';

const showMisses = process.argv.includes('--misses');
const figures = await languageFigures();

for (const { code, corpus: s, heldBack } of figures) {
  const find = languageCueFinder(code);
  if (!find) continue;
  const story = readCorpus(code)
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
  if (heldBack) {
    console.log(
      `${''.padEnd(8)} held back: recall ${pct(heldBack.recall)} (${heldBack.caught}/${heldBack.danger}), ` +
        `false alarms ${pct(heldBack.falseAlarmRate)} (${heldBack.falseAlarms}/${heldBack.calm})`,
    );
  }
  if (showMisses) {
    for (const m of s.misses) console.log(`  missed  line ${m.line}: ${m.text}`);
    for (const a of s.alarms) console.log(`  alarm   line ${a.line}: ${a.text}`);
  }
}

const updated = docWithTable(figuresTable(figures));
if (updated !== readFileSync(FIGURES_DOC, 'utf8')) {
  writeFileSync(FIGURES_DOC, updated);
  console.log('\nwrote the table into docs/danger-detection-languages.md');
}
