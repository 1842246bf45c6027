import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * Size budgets (gzipped bytes), checked by tests/budgets.test.ts and printed by every build.
 * Old phones on pay-as-you-go data: see the performance issue.
 */
export const BUDGETS = [
  { name: 'embed loader', files: ['dist/embed.js'], limit: 3 * 1024 },
  { name: 'journey JavaScript', files: ['dist/journey/journey.js'], limit: 30 * 1024 },
  { name: 'journey CSS', files: ['dist/journey/journey.css'], limit: 10 * 1024 },
  { name: 'admin initial JavaScript', files: ['dist/admin/admin.js'], limit: 120 * 1024 },
] as const;

export type Measured = { name: string; bytes: number; limit: number; missing: string[] };

export function gzippedSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export function measureBudgets(): Measured[] {
  return BUDGETS.map((b) => {
    const missing = b.files.filter((f) => !existsSync(f));
    const bytes = b.files.filter((f) => existsSync(f)).reduce((sum, f) => sum + gzippedSize(f), 0);
    return { name: b.name, bytes, limit: b.limit, missing };
  });
}
