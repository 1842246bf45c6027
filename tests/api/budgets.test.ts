import { describe, expect, it } from 'vitest';
import { BUDGETS, measureBudgets } from '../../scripts/budgets.ts';

// Runs after `npm run build` inside `npm test`. Nothing is skipped: a missing bundle fails.
describe('bundle size budgets', () => {
  for (const measured of measureBudgets()) {
    it(`keeps the ${measured.name} within ${measured.limit} bytes gzipped`, () => {
      expect(
        measured.missing,
        `${measured.missing.join(', ')} not found: run npm run build first`,
      ).toEqual([]);
      expect(measured.bytes).toBeGreaterThan(0);
      expect(measured.bytes).toBeLessThanOrEqual(measured.limit);
    });
  }

  it('holds the embed loader to 3 KB gzipped (issue 3)', () => {
    expect(BUDGETS.find((b) => b.name === 'embed loader')?.limit).toBe(3 * 1024);
  });
});
