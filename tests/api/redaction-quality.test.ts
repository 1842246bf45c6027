import { describe, expect, it } from 'vitest';
import { suggestRedactions } from '../../server/redaction/suggest.ts';
import { devStories, holdoutStories } from '../fixtures/redaction-corpus/index.ts';
import {
  isCorrect,
  isFound,
  ratio,
  resolveExpected,
  scoreCorpus,
} from '../fixtures/redaction-corpus/score.ts';

// Issue 4's bar, asserted on the holdout part: stories written before the
// engine was tuned and never tuned on (docs/redaction.md, "Measuring").
const BAR = { structured: 0.95, names: 0.85, precision: 0.8 };

describe('redaction corpus', () => {
  it('has at least 60 stories, 25 of them held out', () => {
    expect(devStories.length + holdoutStories.length).toBeGreaterThanOrEqual(60);
    expect(holdoutStories.length).toBeGreaterThanOrEqual(25);
  });

  it('has unique story ids and annotations that are all in their text', () => {
    const ids = [...devStories, ...holdoutStories].map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const story of [...devStories, ...holdoutStories])
      expect(() => resolveExpected(story)).not.toThrow();
  });

  it('includes stories with nothing to redact, as hard negatives', () => {
    expect(holdoutStories.some((s) => s.expect.length === 0)).toBe(true);
    expect(devStories.filter((s) => s.expect.length === 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe('scoring rules', () => {
  const story = {
    id: 't',
    voice: 't',
    text: 'my social worker, Dave, came',
    expect: [['staff', 'Dave']] as Array<['staff', string]>,
  };
  const [dave] = resolveExpected(story);

  it('counts a suggestion covering half of the expected span as found', () => {
    if (!dave) throw new Error('no span');
    expect(isFound(dave, [{ start: 18, end: 20, kind: 'name', replacement: '[name]' }])).toBe(true);
    expect(isFound(dave, [{ start: 18, end: 19, kind: 'name', replacement: '[name]' }])).toBe(
      false,
    );
  });

  it('does not count a suggestion of an unrelated kind', () => {
    if (!dave) throw new Error('no span');
    expect(
      isFound(dave, [{ start: 18, end: 22, kind: 'postcode', replacement: '[postcode]' }]),
    ).toBe(false);
    expect(isCorrect({ start: 18, end: 22, kind: 'date', replacement: '[date]' }, [dave])).toBe(
      false,
    );
  });

  it('counts a role-and-name suggestion as correct', () => {
    if (!dave) throw new Error('no span');
    expect(
      isCorrect({ start: 3, end: 22, kind: 'staff', replacement: '[social worker]' }, [dave]),
    ).toBe(true);
  });
});

describe.each([
  ['holdout', holdoutStories, true],
  ['dev', devStories, true],
] as const)('quality on the %s part', (_part, stories, assertBar) => {
  const report = scoreCorpus(stories, suggestRedactions);

  it('finds structured identifiers (phone, email, postcode, NHS number, dates)', () => {
    const recall = ratio(report.recallByGroup.structured);
    expect(report.recallByGroup.structured.total).toBeGreaterThan(40);
    if (assertBar) expect(recall).toBeGreaterThanOrEqual(BAR.structured);
  });

  it("finds people's names, staff included", () => {
    const recall = ratio(report.recallByGroup.names);
    expect(report.recallByGroup.names.total).toBeGreaterThan(60);
    if (assertBar) expect(recall).toBeGreaterThanOrEqual(BAR.names);
  });

  it('makes mostly correct suggestions', () => {
    const precision = ratio(report.precision);
    expect(report.precision.total).toBeGreaterThan(100);
    if (assertBar) expect(precision).toBeGreaterThanOrEqual(BAR.precision);
  });
});
