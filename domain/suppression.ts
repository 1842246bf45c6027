/**
 * The small-number rule (docs/domain.md "Small numbers"; the NHS England Safeguarding Adults
 * Collection publication rule), applied to every aggregate that leaves the server: API JSON,
 * screens, packs and CSV. See docs/decisions/0070-small-number-rule.md.
 *
 * - Counts of 0-4 are shown as `[c]`; other counts are rounded to the nearest 5.
 * - Percentages are computed on the unrounded counts, as whole numbers, and are withheld where
 *   their base (the table's total) is suppressed, and for every part of a table with a hidden
 *   part: exact percentages pin the unrounded total, and with it the hidden parts' sum.
 * - Secondary suppression: a table's parts add up to its total, so when one part is hidden the
 *   total minus the shown parts would give it back. Whenever any part is suppressed, at least two
 *   are, the hidden parts together hold at least 5 people, and they are not all 4 (a sum of 4s
 *   would give each back); otherwise the smallest shown parts are hidden too (or, with
 *   `protect: 'total'`, the total is hidden instead).
 *
 * Pure and dependency-free: the server, the admin screens and the tests share it.
 */

/** Counts below this are never shown. */
export const SMALL_NUMBER_THRESHOLD = 5;
/** What a suppressed count shows instead of a number. Public contract: never rename. */
export const SUPPRESSED = '[c]' as const;
export type Suppressed = typeof SUPPRESSED;
/** A count as it may be shown: rounded to the nearest 5, or `[c]`. */
export type ShownCount = number | Suppressed;

/** One cell of a shown table: rounded count and whole-number percentage of the table's total. */
export type ShownCell = { count: ShownCount; percent: number | null };

export type ShownTable<K extends string, S extends string = never> = {
  total: ShownCount;
  parts: Record<K, ShownCell>;
  /** Sums of several parts (e.g. "a lot" + "a bit"): shown only when every part in them is. */
  subtotals: Record<S, ShownCell>;
};

export type SuppressOptions<K extends string, S extends string> = {
  /**
   * Sums of parts to show as well. A subtotal with a hidden part is hidden: otherwise the
   * subtotal minus its shown parts would give the hidden part back.
   */
  subtotals?: Record<S, readonly NoInfer<K>[]>;
  /**
   * Set when this table's total is a cell of another table that was suppressed (for example
   * "of those who said what they wanted" when that number is hidden): everything is hidden, as
   * shown parts would bound the hidden total from below.
   */
  totalSuppressed?: boolean;
  /**
   * What to hide when a part is suppressed: more `parts` (the default, keeps the total), or the
   * `total` (keeps the other parts; use only for a total that appears nowhere else).
   */
  protect?: 'parts' | 'total';
};

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`A count must be a whole number of 0 or more, not ${n}`);
  }
}

/** Rounds one count by the rule: 0-4 → `[c]`, otherwise the nearest multiple of 5. */
export function roundCount(n: number): ShownCount {
  assertCount(n);
  if (n < SMALL_NUMBER_THRESHOLD) return SUPPRESSED;
  return Math.round(n / 5) * 5;
}

/** A whole-number percentage of unrounded counts (half rounds up); null when the base is 0. */
export function percentOf(part: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.round((part * 100) / base);
}

/** True when a shown count is suppressed. */
export function isSuppressed(count: ShownCount): count is Suppressed {
  return count === SUPPRESSED;
}

/**
 * Which parts must be hidden: the small ones, then (secondary suppression) the smallest others
 * until at least two are hidden and the hidden ones hold at least 5 people between them.
 */
export function suppressedParts(
  counts: readonly number[],
  options: { totalSuppressed?: boolean; protect?: 'parts' | 'total' } = {},
): { hidden: boolean[]; totalHidden: boolean } {
  for (const n of counts) assertCount(n);
  const total = counts.reduce((a, b) => a + b, 0);
  const totalHidden = Boolean(options.totalSuppressed) || total < SMALL_NUMBER_THRESHOLD;
  if (totalHidden) return { hidden: counts.map(() => true), totalHidden: true };
  const hidden = counts.map((n) => n < SMALL_NUMBER_THRESHOLD);
  if (!hidden.some(Boolean)) return { hidden, totalHidden: false };
  if (options.protect === 'total') return { hidden, totalHidden: true };
  const hiddenCount = () => hidden.filter(Boolean).length;
  const hiddenSum = () => counts.reduce((sum, n, i) => (hidden[i] ? sum + n : sum), 0);
  // Hidden parts that are all 4 can be told from their sum alone (everyone knows a hidden small
  // count is at most 4), and exact percentages can pin the total and so that sum.
  const allAtMost = () =>
    counts.every((n, i) => !hidden[i] || n === SMALL_NUMBER_THRESHOLD - 1) &&
    hiddenSum() === (SMALL_NUMBER_THRESHOLD - 1) * hiddenCount();
  // Everyone can read the rule, so hidden parts have known ceilings: a small one is at most 4,
  // a secondary one at most the smallest shown part. When the least the hidden parts can hold
  // (shown total minus shown parts, each at its rounding's limit) reaches the most they could
  // hold, every hidden part is pinned at its ceiling: hide another.
  const pinnedAtCeiling = () => {
    const shownHighs = counts
      .filter((_, i) => !hidden[i])
      .map((n) => (roundCount(n) as number) + 2);
    if (shownHighs.length === 0) return false;
    const least = (roundCount(total) as number) - 2 - shownHighs.reduce((a, b) => a + b, 0);
    const secondaryCeiling = Math.max(SMALL_NUMBER_THRESHOLD - 1, Math.min(...shownHighs));
    const most = SMALL_NUMBER_THRESHOLD - 1 + (hiddenCount() - 1) * secondaryCeiling;
    return least >= most;
  };
  while (
    hiddenCount() < 2 ||
    hiddenSum() < SMALL_NUMBER_THRESHOLD ||
    allAtMost() ||
    pinnedAtCeiling()
  ) {
    let smallest = -1;
    for (let i = 0; i < counts.length; i++) {
      const n = counts[i] as number;
      if (!hidden[i] && (smallest < 0 || n < (counts[smallest] as number))) smallest = i;
    }
    // Everything is hidden: the total alone is at least 5, so nothing small can be worked out.
    if (smallest < 0) break;
    hidden[smallest] = true;
  }
  return { hidden, totalHidden: false };
}

/**
 * Applies the small-number rule to one table whose parts add up to its total (every answer to
 * one question, for one group, in one period). Part order is kept; ties hide the earlier part.
 */
export function suppressTable<K extends string, S extends string = never>(
  parts: Record<K, number>,
  options: SuppressOptions<K, S> = {},
): ShownTable<K, S> {
  const keys = Object.keys(parts) as K[];
  const counts = keys.map((k) => parts[k]);
  const total = counts.reduce((a, b) => a + b, 0);
  const { hidden, totalHidden } = suppressedParts(counts, options);
  // With the total hidden, a percentage would give it back (part / percent = total). With any
  // part hidden, exact percentages would pin the total and the shown parts, so the hidden
  // parts' exact sum, which with the rule itself can give a small part back (proved by the
  // exhaustive test in tests/api/suppression-properties.test.ts).
  const percentsShown = !totalHidden && !hidden.some(Boolean);
  const shownParts = {} as Record<K, ShownCell>;
  keys.forEach((k, i) => {
    shownParts[k] = hidden[i]
      ? { count: SUPPRESSED, percent: null }
      : { count: roundCount(parts[k]), percent: percentsShown ? percentOf(parts[k], total) : null };
  });
  const subtotals = {} as Record<S, ShownCell>;
  for (const [name, members] of Object.entries(options.subtotals ?? {}) as [S, readonly K[]][]) {
    const anyHidden = members.some((k) => hidden[keys.indexOf(k)] ?? true);
    const sum = members.reduce((acc, k) => acc + parts[k], 0);
    subtotals[name] = anyHidden
      ? { count: SUPPRESSED, percent: null }
      : { count: roundCount(sum), percent: percentsShown ? percentOf(sum, total) : null };
  }
  return { total: totalHidden ? SUPPRESSED : roundCount(total), parts: shownParts, subtotals };
}

/** Formats a shown count for text: `[c]` or the number with thousands separators. */
export function formatCount(count: ShownCount): string {
  return isSuppressed(count) ? SUPPRESSED : count.toLocaleString('en-GB');
}

/** Formats a shown percentage for text: `[c]` when withheld. */
export function formatPercent(percent: number | null): string {
  return percent === null ? SUPPRESSED : `${percent}%`;
}
