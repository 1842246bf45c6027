import { describe, expect, it } from 'vitest';
import {
  analyseText,
  easyReadProblems,
  estimateSyllables,
  isLongWord,
  splitSentences,
  standardProblems,
  wordsOf,
} from '../../domain/readability.ts';

describe('readability method', () => {
  it('splits sentences at full stops, question marks and exclamation marks', () => {
    expect(splitSentences('Call 999 now. Are you safe? Yes!')).toEqual([
      'Call 999 now.',
      'Are you safe?',
      'Yes!',
    ]);
  });

  it('does not split inside an email address or a number', () => {
    expect(splitSentences('Write it like name@example.com or 01632 960 001.')).toHaveLength(1);
  });

  it('treats text without a full stop as one sentence', () => {
    expect(splitSentences('Yes, and they are happy for me to tell you')).toHaveLength(1);
  });

  it('reads a placeholder as one word', () => {
    expect(wordsOf(splitSentences('Contact {contactName} today.')[0] ?? '')).toHaveLength(3);
  });

  it('estimates syllables of ordinary words within one of the true count', () => {
    const truth: Record<string, number> = {
      help: 1,
      people: 2,
      abuse: 2,
      safeguarding: 3,
      hospital: 3,
      advocate: 3,
      someone: 2,
      needed: 2,
      information: 4,
      independent: 4,
      community: 4,
      emergency: 4,
      anonymously: 5,
      organisation: 5,
      psychological: 5,
      table: 2,
      radio: 3,
    };
    for (const [word, syllables] of Object.entries(truth)) {
      expect(Math.abs(estimateSyllables(word) - syllables), word).toBeLessThanOrEqual(1);
    }
  });

  it('counts words of four or more syllables as long, but not numbers or acronyms', () => {
    expect(isLongWord('information')).toBe(true);
    expect(isLongWord('help')).toBe(false);
    expect(isLongWord('IMCA')).toBe(false);
    expect(isLongWord('116')).toBe(false);
  });

  it('flags an English sentence over 35 words', () => {
    const long = `${'word '.repeat(36).trim()}.`;
    expect(standardProblems({ 'x.long': long }).map((p) => p.key)).toContain('x.long');
    expect(standardProblems({ 'x.short': 'A short sentence.' })).toEqual([]);
  });

  it('flags an Easy Read sentence over 15 words', () => {
    const sixteen = `${'word '.repeat(16).trim()}.`;
    expect(easyReadProblems({ 'x.long': sixteen }).map((p) => p.key)).toContain('x.long');
    expect(easyReadProblems({ 'x.ok': `${'word '.repeat(15).trim()}.` })).toEqual([]);
  });

  it('flags an Easy Read sentence with two long words', () => {
    const report = analyseText('Independent information helps.');
    expect(report[0]?.longWords).toEqual(['Independent', 'information']);
    expect(easyReadProblems({ 'x.hard': 'Independent information helps.' })).not.toEqual([]);
  });
});
