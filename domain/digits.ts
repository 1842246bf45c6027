/**
 * Digits as people type them, turned into the ASCII digits a UK phone system dials (issue 8).
 * A person reading the journey in Arabic, Urdu or Bengali may type their number on a keyboard
 * that writes ٠١٢, ۰۱۲ or ০১২, and a Japanese or Chinese input method writes full-width ０１２;
 * the number is the same and must not be refused. Only these digit systems are mapped: each
 * starts at its zero and runs to nine.
 */
const ZEROS = [
  0x0660, // Arabic-Indic (Arabic)
  0x06f0, // Extended Arabic-Indic (Urdu, Persian)
  0x0966, // Devanagari (Hindi, Nepali, Marathi)
  0x09e6, // Bengali
  0x0a66, // Gurmukhi (Punjabi)
  0x0ae6, // Gujarati
  0xff10, // Full-width
] as const;

/** Full-width punctuation a phone number may contain, and the ideographic space. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '\uff0b': '+',
  '\uff08': '(',
  '\uff09': ')',
  '\uff0d': '-',
  '\u3000': ' ',
  '\u00a0': ' ',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
};

const OTHER_DIGITS = new RegExp(
  `[${ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}${Object.keys(PUNCTUATION).join('')}]`,
  'gu',
);

/** The text with every digit of the systems above written as 0–9 and full-width signs as ASCII. */
export function normaliseDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (ch) => {
    const punctuation = PUNCTUATION[ch];
    if (punctuation) return punctuation;
    const code = ch.codePointAt(0) ?? 0;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}
