// Builds every front end into dist/ and prints each bundle's gzipped size.
// Each Vite pass is separate because Vite cannot emit one IIFE from several inputs (docs/stack-notes.md).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const passes = ['journey', 'loader', 'admin'];
for (const mode of passes) {
  if (!existsSync(`vite.${mode}.config.ts`)) continue;
  execFileSync(
    'npx',
    ['vite', 'build', '--config', `vite.${mode}.config.ts`, '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
}
execFileSync('node', ['--import', 'tsx', 'scripts/print-sizes.ts'], { stdio: 'inherit' });
