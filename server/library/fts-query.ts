/**
 * Turns what a person typed into a safe SQLite FTS5 query: words only (letters and digits, any
 * script), each quoted so FTS5 operators and column filters in the input mean nothing, the last
 * word as a prefix (search as you type), all words required. Returns null when nothing is left.
 * At most 12 words, so a pasted paragraph cannot make an expensive query.
 */
export function ftsQuery(input: string): string | null {
  const words =
    input
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' AND ');
}
