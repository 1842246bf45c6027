import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSuppressed,
  percentOf,
  roundCount,
  type ShownTable,
  SUPPRESSED,
  suppressTable,
} from '../../domain/suppression.ts';

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
type Key = (typeof KEYS)[number];

function tableOf(counts: readonly number[]): Record<Key, number> {
  return Object.fromEntries(counts.map((n, i) => [KEYS[i], n])) as Record<Key, number>;
}

const shown = (counts: readonly number[], protect: 'parts' | 'total' = 'parts') =>
  suppressTable(tableOf(counts), { protect, subtotals: { ab: ['a', 'b'] as Key[] } });

/** Counts skewed towards the small numbers where leaks happen. */
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
const table = fc.array(count, { minLength: 2, maxLength: 8 });

/**
 * Every vector of `k` counts from 0 to `max`, grouped by what the rule shows for it. Each group is
 * everything an attacker who knows the rule (it is open source) could conclude from one output.
 */
function outputClasses(k: number, max: number, protect: 'parts' | 'total') {
  const classes = new Map<string, number[][]>();
  const vector = new Array<number>(k).fill(0);
  const visit = (i: number) => {
    if (i === k) {
      const key = JSON.stringify(shown(vector, protect));
      const list = classes.get(key) ?? [];
      list.push([...vector]);
      classes.set(key, list);
      return;
    }
    for (let n = 0; n <= max; n++) {
      vector[i] = n;
      visit(i + 1);
    }
  };
  visit(0);
  return classes;
}

/** Subsets (as bit masks) whose true sum is small yet the same in every vector of the class. */
function revealedSmallSums(members: number[][], k: number, max: number): string[] {
  const revealed: string[] = [];
  // Vectors touching the edge of the enumerated range may have class-mates outside it.
  const inside = members.filter((v) => v.every((n) => n <= max - 3));
  for (const v of inside) {
    for (let mask = 1; mask < 1 << k; mask++) {
      const sumOf = (w: number[]) => w.reduce((acc, n, i) => (mask & (1 << i) ? acc + n : acc), 0);
      const sum = sumOf(v);
      if (sum >= 5) continue;
      if (members.every((w) => sumOf(w) === sum)) revealed.push(`${v.join(',')} mask ${mask}`);
    }
  }
  return revealed;
}

describe('roundCount', () => {
  it('shows counts of 0 to 4 as [c]', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4 }), (n) => roundCount(n) === SUPPRESSED));
  });

  it('rounds other counts to the nearest 5, never below 5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 1_000_000 }), (n) => {
        const r = roundCount(n);
        return typeof r === 'number' && r % 5 === 0 && r >= 5 && Math.abs(r - n) <= 2;
      }),
    );
  });

  it('refuses negative and fractional counts', () => {
    expect(() => roundCount(-1)).toThrow(RangeError);
    expect(() => roundCount(2.5)).toThrow(RangeError);
  });
});

describe('suppressTable', () => {
  it('never shows a number below 5, nor one that is not a multiple of 5', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('parts' as const, 'total' as const), (counts, protect) => {
        const out = shown(counts, protect);
        const all = [out.total, ...Object.values(out.parts).map((c) => c.count)];
        all.push(...Object.values(out.subtotals).map((c) => c.count));
        return all.every((c) => isSuppressed(c) || (c >= 5 && c % 5 === 0));
      }),
    );
  });

  it('computes percentages on unrounded counts, and withholds them all when a part is hidden', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const out = shown(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        const anyHidden = Object.values(out.parts).some((p) => isSuppressed(p.count));
        return counts.every((n, i) => {
          const cell = out.parts[KEYS[i] as Key];
          if (anyHidden || isSuppressed(out.total)) return cell.percent === null;
          return cell.percent === percentOf(n, total);
        });
      }),
    );
  });

  it('withholds every percentage where the base is suppressed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }), (c) => {
        fc.pre(c.reduce((a, b) => a + b, 0) < 5);
        const out = shown(c);
        return (
          out.total === SUPPRESSED && Object.values(out.parts).every((p) => p.percent === null)
        );
      }),
    );
  });

  it('never leaves exactly one part hidden, and hidden parts hold at least 5 people', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const out = shown(counts);
        const hidden = counts.filter((_, i) => isSuppressed(out.parts[KEYS[i] as Key].count));
        if (hidden.length === 0 || isSuppressed(out.total)) return true;
        return hidden.length >= 2 && hidden.reduce((a, b) => a + b, 0) >= 5;
      }),
    );
  });

  it('gives no small count back by subtracting shown parts from the shown total', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const out = shown(counts);
        if (isSuppressed(out.total)) return true;
        // The most an attacker learns: the hidden parts' sum lies within the rounding error.
        const shownSum = Object.values(out.parts).reduce(
          (acc, p) => (isSuppressed(p.count) ? acc : acc + p.count),
          0,
        );
        const hiddenParts = Object.values(out.parts).filter((p) => isSuppressed(p.count)).length;
        const residual = out.total - shownSum;
        // Either nothing is hidden, or the hidden group is two or more parts holding 5+ people.
        return hiddenParts === 0 ? Math.abs(residual) <= 2 * (counts.length + 1) : hiddenParts >= 2;
      }),
    );
  });

  it('hides a subtotal when any part of it is hidden', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const out = shown(counts);
        const partHidden = isSuppressed(out.parts.a.count) || isSuppressed(out.parts.b.count);
        return !partHidden || isSuppressed(out.subtotals.ab.count);
      }),
    );
  });

  it('hides a whole table whose total is hidden in the table it belongs to', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const out = suppressTable(tableOf(counts), { totalSuppressed: true });
        return (
          out.total === SUPPRESSED &&
          Object.values(out.parts).every((p) => p.count === SUPPRESSED && p.percent === null)
        );
      }),
    );
  });

  it('with protect "total", hides the total and every percentage instead of shown parts', () => {
    const out = shown([3, 50], 'total');
    expect(out.total).toBe(SUPPRESSED);
    expect(out.parts.a).toEqual({ count: SUPPRESSED, percent: null });
    expect(out.parts.b).toEqual({ count: 50, percent: null });
  });

  it('keeps the order of parts and shows the familiar example', () => {
    const out: ShownTable<Key, 'ab'> = shown([37, 12, 3, 9]);
    expect(out.total).toBe(60);
    expect(out.parts.a).toEqual({ count: 35, percent: null });
    // 3 is small; 9 is the smallest other part, so it is hidden too.
    expect(out.parts.c.count).toBe(SUPPRESSED);
    expect(out.parts.d.count).toBe(SUPPRESSED);
    expect(out.subtotals.ab).toEqual({ count: 50, percent: null });
    expect(shown([37, 12, 6, 9]).parts.a).toEqual({ count: 35, percent: 58 });
  });
});

describe('an attacker who knows the rule', () => {
  // Exhaustive over every table in the range: the classes are exactly what can be told apart.
  for (const [k, max] of [
    [2, 60],
    [3, 30],
    [4, 14],
    [5, 8],
  ] as const) {
    for (const protect of ['parts', 'total'] as const) {
      it(`cannot work out any small count or small sum of parts in ${k}-part tables (protect ${protect})`, () => {
        const classes = outputClasses(k, max, protect);
        const leaks: string[] = [];
        for (const members of classes.values()) leaks.push(...revealedSmallSums(members, k, max));
        expect(leaks.slice(0, 5)).toEqual([]);
      });
    }
  }

  it('cannot work out a small count from random 4-part tables (fast-check)', () => {
    const classes = outputClasses(4, 11, 'parts');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 4, maxLength: 4 }), (v) => {
        const members = classes.get(JSON.stringify(shown(v))) ?? [];
        return v.every((n, i) => n >= 5 || new Set(members.map((w) => w[i])).size >= 2);
      }),
    );
  });
});
