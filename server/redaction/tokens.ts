/** Word tokens with offsets, for the name rules in people.ts. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  cap: boolean;
  allCaps: boolean;
  possessive: boolean;
  sentenceStart: boolean;
}

export const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0].replace(/[-'’]+$/, '');
    const possessive = /['’]s$/i.test(word) || /['’]$/.test(m[0]);
    if (/['’]s$/i.test(word)) word = word.slice(0, -2);
    if (word.length === 0) continue;
    let i = m.index - 1;
    while (i >= 0 && /[\s"'“‘(\-–—*•]/.test(text[i] ?? '')) i -= 1;
    const prev = i >= 0 ? text[i] : undefined;
    const sentenceStart =
      prev === undefined || /[.!?:;\n]/.test(prev) || (/\d/.test(prev) && text[i + 1] === '.');
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      lower: word.toLowerCase(),
      cap: /^\p{Lu}/u.test(word),
      allCaps: word.length > 1 && word === word.toUpperCase(),
      possessive,
      sentenceStart,
    });
  }
  return tokens;
}

export function isLowerStyle(tokens: Token[]): boolean {
  const starts = tokens.filter((t) => t.sentenceStart);
  if (starts.length === 0) return false;
  return starts.filter((t) => !t.cap).length / starts.length > 0.5;
}

export function sentenceAround(text: string, at: number): { text: string; offset: number } {
  // A window of at most SENTENCE_WINDOW each side keeps the work per mention
  // constant, so a story with no full stops stays linear (hostile-input tests).
  const floor = Math.max(0, at - SENTENCE_WINDOW);
  const ceiling = Math.min(text.length, at + SENTENCE_WINDOW);
  let s = at;
  while (s > floor && !isSentenceEnd(text.charCodeAt(s - 1))) s -= 1;
  let e = at;
  while (e < ceiling && !isSentenceEnd(text.charCodeAt(e))) e += 1;
  while (s < at && /\s/.test(text[s] ?? '')) s += 1;
  return { text: text.slice(s, Math.min(text.length, e + 1)), offset: at - s };
}

const SENTENCE_WINDOW = 240;

/** `.`, `!`, `?` or a line break. */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}
