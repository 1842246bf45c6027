import { type Candidate, candidate } from './types.ts';

// The lookbehind anchors each attempt at the start of a local part, so a run of
// many "@" signs or a long word is scanned once (no catastrophic backtracking).
const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;

/** Email addresses; the last label must look like a top-level domain. */
export function findEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const value = m[0].replace(/[.-]+$/, '');
    const tld = value.slice(value.lastIndexOf('.') + 1);
    if (!/^[A-Za-z]{2,24}$/.test(tld)) continue;
    out.push(candidate(m.index, m.index + value.length, 'email', '[email]'));
  }
  return out;
}
