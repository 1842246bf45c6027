import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../api/types.ts';
import {
  anonymise,
  appliedRedactions,
  findOccurrences,
  fromSaved,
  type SuggestionState,
  segments,
  tidySelection,
} from './spans.ts';

const text = 'Ann Smith at Oak House rang 07700 900982 on 3 May.';
const s = (
  start: number,
  end: number,
  kind: Suggestion['kind'],
  replacement: string,
  accepted = true,
): SuggestionState => ({
  id: `${start}`,
  start,
  end,
  kind,
  replacement,
  accepted,
});

describe('redaction spans', () => {
  it('replaces accepted suggestions and leaves rejected ones', () => {
    const applied = appliedRedactions(
      [s(0, 9, 'name', '[name]'), s(28, 40, 'phone', '[phone number]', false)],
      [],
    );
    expect(anonymise(text, applied)).toBe('[name] at Oak House rang 07700 900982 on 3 May.');
  });

  it('lets a manual redaction win over a suggestion it overlaps', () => {
    const applied = appliedRedactions(
      [s(4, 9, 'name', '[name]')],
      [{ id: 'm', start: 0, end: 9, replacement: '[person]' }],
    );
    expect(applied).toEqual([
      { start: 0, end: 9, kind: 'manual', replacement: '[person]', source: 'manual' },
    ]);
    expect(anonymise(text, applied)).toMatch(/^\[person\] at Oak House/);
  });

  it('keeps the first of two overlapping suggestions', () => {
    const applied = appliedRedactions([s(0, 9, 'name', '[name]'), s(4, 12, 'name', '[x]')], []);
    expect(applied).toHaveLength(1);
  });

  it('counts offsets in UTF-16 code units, as the API does', () => {
    const emoji = '😀 Ann rang';
    const found = findOccurrences(emoji, 'ann');
    expect(found).toEqual([{ start: 3, end: 6 }]);
    expect(
      anonymise(emoji, [
        { start: 3, end: 6, kind: 'manual', replacement: '[name]', source: 'manual' },
      ]),
    ).toBe('😀 [name] rang');
  });

  it('finds words on word boundaries only, across any spacing and case', () => {
    expect(findOccurrences('Ann went to the Annual fair with ann', 'Ann')).toEqual([
      { start: 0, end: 3 },
      { start: 33, end: 36 },
    ]);
    expect(findOccurrences('Oak   House and oak house', 'oak house')).toHaveLength(2);
    expect(findOccurrences('a (b) c', '(b)')).toEqual([{ start: 2, end: 5 }]);
    expect(findOccurrences('cost £5.00 here', '£5.00')).toEqual([{ start: 5, end: 10 }]);
  });

  it('trims spaces and punctuation from a selection', () => {
    expect(tidySelection(text, 12, 23)).toEqual({ start: 13, end: 22 });
    expect(tidySelection(text, 23, 12)).toEqual({ start: 13, end: 22 });
    expect(tidySelection('a   b', 1, 4)).toBeNull();
  });

  it('splits the text into plain and marked segments that cover it exactly', () => {
    const segs = segments(
      text,
      [s(0, 9, 'name', '[name]'), s(28, 40, 'phone', '[phone]', false)],
      [{ id: 'm', start: 13, end: 22, replacement: '[care home]' }],
    );
    expect(segs.map((g) => g.type)).toEqual([
      'suggestion',
      'text',
      'manual',
      'text',
      'suggestion',
      'text',
    ]);
    expect(segs.map((g) => text.slice(g.start, g.end)).join('')).toBe(text);
  });

  it('restores decisions from a saved curated story', () => {
    const restored = fromSaved(
      [
        { start: 0, end: 9, kind: 'name', replacement: '[name]', source: 'suggested' },
        { start: 13, end: 22, kind: 'manual', replacement: '[care home]', source: 'manual' },
      ],
      [
        { start: 0, end: 9, kind: 'name', replacement: '[name]' },
        { start: 28, end: 40, kind: 'phone', replacement: '[phone]' },
      ],
    );
    expect(restored.suggestions.map((x) => x.accepted)).toEqual([true, false]);
    expect(restored.manual).toHaveLength(1);
  });
});
