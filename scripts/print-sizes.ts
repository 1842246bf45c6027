import { measureBudgets } from './budgets.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const m of measureBudgets()) {
  if (m.missing.length > 0) continue;
  const flag = m.bytes > m.limit ? '  OVER BUDGET' : '';
  process.stdout.write(
    `${m.name.padEnd(26)} ${kb(m.bytes).padStart(9)} gzipped (budget ${kb(m.limit)})${flag}\n`,
  );
}
