import type { Candidate, RedactionSuggestion } from './types.ts';

/**
 * Turns overlapping candidates into sorted, non-overlapping suggestions.
 * Deterministic: higher priority first, then the longer span, then the
 * earlier start; a candidate that overlaps an accepted one is dropped.
 */
export function resolveOverlaps(candidates: Candidate[]): RedactionSuggestion[] {
  const ranked = [...candidates]
    .filter((c) => c.end > c.start)
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start ||
        a.kind.localeCompare(b.kind),
    );
  const accepted: Candidate[] = [];
  // An occupancy map keeps this linear in the text, however many candidates.
  const occupied = new Uint8Array(ranked.reduce((max, c) => Math.max(max, c.end), 0));
  for (const c of ranked) {
    if (occupied.subarray(c.start, c.end).includes(1)) continue;
    occupied.fill(1, c.start, c.end);
    accepted.push(c);
  }
  return accepted
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, kind, replacement }) => ({ start, end, kind, replacement }));
}
