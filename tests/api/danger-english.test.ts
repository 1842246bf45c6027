import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEnglishCues } from '../../domain/danger-cues/english.ts';
import { findMoreEnglishCues } from '../../domain/danger-cues/english-more.ts';
import type { CueFinder } from '../../domain/danger-cues/types.ts';
import { LIMITS } from '../../domain/limits.ts';
import {
  combineFinders,
  currentRiskReasons,
  findDangerCues,
  findDangerPhrases,
  hasSuicideOrSelfHarmCue,
} from '../../domain/risk.ts';
import { CORPUS_PARTS, readCorpus, scoreCorpus } from '../fixtures/danger/english-corpus.ts';

/** What the server reads: the core cues and the rarer ones. */
const serverCues = (text: string) => findDangerCues(text, findMoreEnglishCues);
const danger = (text: string) => serverCues(text).length > 0;

describe('the English danger corpus', () => {
  const dev = readCorpus(CORPUS_PARTS.dev);
  const heldBack = readCorpus(CORPUS_PARTS.heldBack);

  it('has at least 300 labelled sentences, danger and calm, in both sets', () => {
    expect(dev.length + heldBack.length).toBeGreaterThanOrEqual(300);
    for (const part of [dev, heldBack]) {
      expect(part.some((i) => i.label === 'danger')).toBe(true);
      expect(part.some((i) => i.label === 'calm')).toBe(true);
    }
    const devTexts = new Set(dev.map((i) => i.text.toLowerCase()));
    expect(heldBack.filter((i) => devTexts.has(i.text.toLowerCase()))).toEqual([]);
  });

  it('keeps false alarms at or under 10% on the held-back set', () => {
    expect(scoreCorpus(heldBack, serverCues).falseAlarmRate).toBeLessThanOrEqual(0.1);
  });

  // The issue asks for 95%; the honest figure on a set never tuned on is lower (86.8% after the
  // fourth to tenth development batches; decision 0090, docs/danger-detection.md). This floor
  // stops it getting worse; raise it as the figure rises.
  it('does not fall below the recall recorded on the held-back set', () => {
    expect(scoreCorpus(heldBack, serverCues).recall).toBeGreaterThanOrEqual(0.86);
  });
  it.todo('reaches recall of 95% on a held-back set it was never tuned on (issue 13)');

  it('catches the development set it was tuned on', () => {
    const score = scoreCorpus(dev, serverCues);
    expect(score.recall).toBeGreaterThanOrEqual(0.99);
    // The development set holds many calm idioms written to be hard ("grabs me a coffee"); the
    // core cues the journey loads first still trip on a few (decision 0090).
    expect(score.falseAlarmRate).toBeLessThanOrEqual(0.02);
  });
});

describe('findDangerCues', () => {
  it.each([
    ['he hit me yesterday and I am scared', 'physical'],
    ['she slaps me', 'physical'],
    ['I have thoughts of suicide.', 'suicide_self_harm'],
    ["I don't want to be alive any more.", 'suicide_self_harm'],
    ['I self harmed last night.', 'suicide_self_harm'],
    ['He said he would hurt me if I told anyone.', 'threats'],
    ['They threatened to move me into a home.', 'threats'],
    ['He controls my money so I have nothing.', 'financial'],
    ["They won't give me food.", 'neglect'],
    ['On Friday he is coming back.', 'imminent'],
    ['He lives next door.', 'imminent'],
    ['He keeps touching me and I do not like it.', 'sexual'],
    ['They leave dad in wet sheets at the moment.', 'neglect'],
    ['I am being abused right now.', 'physical'],
    ['Please can somebody come today, I cannot cope with him.', 'fear_plea'],
    ["He won't let me out of the house.", 'psychological_control'],
  ])('finds "%s" (%s), in the journey as well as on the server', (text, category) => {
    expect(findDangerCues(text).map((c) => c.category)).toContain(category);
    expect(serverCues(text).map((c) => c.category)).toContain(category);
  });

  it.each([
    'I am not in danger.',
    "I don't feel unsafe any more.",
    'no one hurts me now',
    "Nobody hits me now, he doesn't live here.",
    "I'm not frightened any more.",
  ])('reads negation: "%s" is calm', (text) => expect(serverCues(text)).toEqual([]));

  it.each([
    'He hit me years ago but it stopped.',
    'He used to hit me but that was a long time ago.',
    'I was in danger last year but now I am safe.',
    'My son took my money in 2020 but the police got it back.',
    'When I was little my dad beat me.',
  ])('reads tense: "%s" is over, so calm', (text) => expect(serverCues(text)).toEqual([]));

  it.each([
    'He hit me yesterday.',
    'He hit me and he still does.',
    'She slapped me again this morning.',
    'He pushed me last night.',
  ])('reads tense: "%s" is recent, so danger', (text) => expect(danger(text)).toBe(true));

  it.each([
    'she slaps my mum',
    'They leave dad in wet sheets at the moment.',
    'My brother is hitting Mum again.',
    'Her husband throttles her.',
    'The carer takes all of Nan’s pension.',
  ])('reads third person: "%s" is danger', (text) => expect(danger(text)).toBe(true));

  it.each([
    'It is still happening.',
    'it is still happening, the support worker still comes every week',
    'I use a sharp knife in the kitchen to cut vegetables.',
    'We play cards to kill time.',
    "I'm dying to see my grandson.",
    'Please help me understand what happens to my story.',
    'I had an emergency appointment at the GP.',
    'The carers come and help me wash and dress.',
  ])('keeps everyday words calm: "%s"', (text) => expect(serverCues(text)).toEqual([]));

  it('says which words matched, for the coordinator', () => {
    expect(findDangerCues('She slaps my mum.')).toEqual([
      { category: 'physical', phrase: 'slaps my mum' },
    ]);
  });

  it('adds the language finder’s cues once, beside the English ones', () => {
    const polish: CueFinder = (t) =>
      t.includes('bije') ? [{ category: 'physical', phrase: 'bije' }] : [];
    expect(findDangerCues('On nadal mnie bije', polish)).toEqual([
      { category: 'physical', phrase: 'bije' },
    ]);
    const echo: CueFinder = findEnglishCues;
    expect(findDangerCues('she slaps me', echo)).toEqual(findDangerCues('she slaps me'));
    expect(findDangerCues('she slaps me and I am scared', combineFinders(polish, echo))).toEqual(
      findDangerCues('she slaps me and I am scared'),
    );
  });

  it('keeps findDangerPhrases working for older callers', () => {
    expect(findDangerPhrases('He still hits me when nobody is here.')).toEqual(['hits me']);
    expect(findDangerPhrases('It is still happening.')).toEqual([]);
    expect(findDangerPhrases('')).toEqual([]);
  });
});

describe('crisis contacts and risk reasons', () => {
  it('tells suicide and self-harm apart from other danger', () => {
    expect(hasSuicideOrSelfHarmCue(findDangerCues('I want to end my life.'))).toBe(true);
    expect(hasSuicideOrSelfHarmCue(findDangerCues('I cut myself last night.'))).toBe(true);
    expect(hasSuicideOrSelfHarmCue(findDangerCues('she slaps me'))).toBe(false);
    expect(hasSuicideOrSelfHarmCue([])).toBe(false);
  });

  it('passes the language finder through currentRiskReasons', () => {
    const welsh: CueFinder = (t) =>
      t.includes('ofn') ? [{ category: 'fear_plea', phrase: 'ofn' }] : [];
    expect(currentRiskReasons({ texts: ['Mae gen i ofn'] })).toEqual([]);
    expect(currentRiskReasons({ texts: ['Mae gen i ofn'], languageFinder: welsh })).toEqual([
      'danger_words',
    ]);
    expect(currentRiskReasons({ texts: ['It is still happening.'] })).toEqual([]);
    expect(currentRiskReasons({ texts: [undefined, 'He still hits me.'] })).toEqual([
      'danger_words',
    ]);
  });

  it('lets the server read the rarer cues the journey’s first load leaves out', () => {
    const text = 'He keeps making me look at porn on his phone.';
    expect(currentRiskReasons({ texts: [text] })).toEqual([]);
    expect(currentRiskReasons({ texts: [text], languageFinder: findMoreEnglishCues })).toEqual([
      'danger_words',
    ]);
  });
});

describe('properties', () => {
  const dev = readCorpus(CORPUS_PARTS.dev);
  const found = dev.filter((i) => i.label === 'danger' && danger(i.text)).map((i) => i.text);
  const calm = dev.filter((i) => i.label === 'calm').map((i) => i.text);
  const key = (text: string) => serverCues(text).map((c) => `${c.category}: ${c.phrase}`);

  it('never loses a cue when a calm sentence follows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...found), fc.constantFrom(...calm), (story, more) => {
        const before = key(story);
        const after = key(`${story}\n${more}`);
        expect(after).toEqual(expect.arrayContaining(before));
      }),
    );
  });

  it('never throws on any text, whatever its characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        expect(Array.isArray(findDangerCues(text, findMoreEnglishCues))).toBe(true);
      }),
    );
  });

  it('reads the longest story the journey accepts', () => {
    const all = [...found, ...calm].join(' ');
    const longest = all.repeat(Math.ceil(LIMITS.story / all.length)).slice(0, LIMITS.story);
    expect(serverCues(longest).length).toBeGreaterThan(0);
    // One long word and many separators: shapes that can make a regular expression backtrack.
    expect(serverCues('a'.repeat(LIMITS.story))).toEqual([]);
    expect(serverCues(', '.repeat(LIMITS.story / 2))).toEqual([]);
    expect(serverCues('help me '.repeat(LIMITS.story / 8)).length).toBeGreaterThan(0);
  });
});
