import type { Redaction, Suggestion } from '../api/types.ts';

/** A suggestion with the coordinator's decision. Suggestions start accepted (decision 0051). */
export type SuggestionState = Suggestion & { id: string; accepted: boolean };
export type ManualRedaction = { id: string; start: number; end: number; replacement: string };

/** Whether two half-open ranges [start, end) share at least one character. */
export function overlaps(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The redactions that apply: accepted suggestions and manual ones, sorted, never overlapping.
 * Manual redactions win over suggestions they overlap (the coordinator chose those words); if
 * two suggestions overlap, the earlier, longer one wins.
 */
export function appliedRedactions(
  suggestions: readonly SuggestionState[],
  manual: readonly ManualRedaction[],
): Redaction[] {
  const out: Redaction[] = manual.map((m) => ({
    start: m.start,
    end: m.end,
    kind: 'manual',
    replacement: m.replacement,
    source: 'manual' as const,
  }));
  const accepted = suggestions
    .filter((s) => s.accepted)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of accepted) {
    if (out.some((r) => overlaps(r, s))) continue;
    out.push({
      start: s.start,
      end: s.end,
      kind: s.kind,
      replacement: s.replacement,
      source: 'suggested',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The anonymised text: each applied redaction's words swapped for its replacement. */
export function anonymise(text: string, redactions: readonly Redaction[]): string {
  let out = '';
  let at = 0;
  for (const r of [...redactions].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > text.length || r.start >= r.end) continue;
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * Narrows a selection to whole words: trims surrounding spaces and punctuation, so a
 * keyboard selection that took one space too many still redacts cleanly. Returns null when
 * nothing but spaces was selected.
 */
export function tidySelection(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /[\s,.;:!?()"“”]/.test(text.charAt(s))) s++;
  while (e > s && /[\s,.;:!?()"“”]/.test(text.charAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Every place the exact words occur, ignoring case and treating any run of spaces as one, on
 * word boundaries so "Ann" does not match inside "Annual".
 */
export function findOccurrences(text: string, words: string): { start: number; end: number }[] {
  const trimmed = words.trim();
  if (!trimmed) return [];
  const pattern = trimmed
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu');
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    if (m.index !== undefined) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** A segment of the original for display: plain text, or a span with its redaction. */
export type Segment =
  | { type: 'text'; start: number; end: number }
  | {
      type: 'suggestion';
      start: number;
      end: number;
      suggestion: SuggestionState;
      superseded: boolean;
    }
  | { type: 'manual'; start: number; end: number; manual: ManualRedaction };

/**
 * Splits the original into segments for the marked-up view: manual redactions, then each
 * suggestion (accepted or not) that no manual redaction covers; suggestions that overlap an
 * earlier shown span are skipped in the view (the list still shows them).
 */
export function segments(
  text: string,
  suggestions: readonly SuggestionState[],
  manual: readonly ManualRedaction[],
): Segment[] {
  const marks: Segment[] = manual.map((m) => ({
    type: 'manual',
    start: m.start,
    end: m.end,
    manual: m,
  }));
  for (const s of [...suggestions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (marks.some((m) => overlaps(m, s))) continue;
    marks.push({
      type: 'suggestion',
      start: s.start,
      end: s.end,
      suggestion: s,
      superseded: false,
    });
  }
  marks.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.push({ type: 'text', start: at, end: m.start });
    out.push(m);
    at = m.end;
  }
  if (at < text.length) out.push({ type: 'text', start: at, end: text.length });
  return out;
}

/** Turns saved redactions back into editor state (when a curated story is reopened). */
export function fromSaved(
  saved: readonly Redaction[],
  suggestions: readonly Suggestion[],
): { suggestions: SuggestionState[]; manual: ManualRedaction[] } {
  const manual: ManualRedaction[] = saved
    .filter((r) => r.source === 'manual')
    .map((r, i) => ({ id: `m${i}`, start: r.start, end: r.end, replacement: r.replacement }));
  const acceptedKeys = new Set(
    saved.filter((r) => r.source === 'suggested').map((r) => `${r.start}:${r.end}`),
  );
  return {
    suggestions: suggestions.map((s, i) => ({
      ...s,
      id: `s${i}`,
      accepted: saved.length === 0 ? true : acceptedKeys.has(`${s.start}:${s.end}`),
    })),
    manual,
  };
}
