import { describe, expect, it } from 'vitest';
import {
  type Answers,
  fieldForErrorPath,
  nextPageId,
  PAGES,
  pageById,
  questionPages,
  showsCrisis,
  showsCurrentRisk,
  toStoryPayload,
  validatePage,
} from '../../domain/journey-flow.ts';
import { en } from '../../domain/messages.ts';
import { StoryInputSchema } from '../../domain/story-schema.ts';

const adult: Answers = {
  respondent: 'self',
  supportReason: 'yes',
  finished: 'under_3_months',
  atRiskNow: 'no',
  askedOutcomes: 'yes_expressed',
  wantedOutcome: 'To feel safe at home',
  outcomeAchieved: 'partly',
  feelSafer: 'a_bit',
  'experience.listened': 'yes_completely',
  'experience.involved': 'yes_partly',
  'experience.dignity': 'no',
  'experience.informed': 'dont_know',
  'experience.understood_roles': 'not_applicable',
  'experience.shared_when_needed': 'yes_completely',
  helpToHaveSay: 'advocate',
  harmKinds: ['financial'],
  story: 'They listened.',
  consents: ['board_share'],
};

const context = { siteKey: 'demo', language: 'en' };
const ids = (a: Answers) => questionPages(a).map((p) => p.id);

describe('the journey flow', () => {
  it('follows docs/domain.md order from the start page to the confirmation', () => {
    expect(PAGES[0]?.id).toBe('start');
    expect(PAGES[1]?.id).toBe('staying-safe');
    expect(PAGES.at(-2)?.id).toBe('check');
    expect(PAGES.at(-1)?.id).toBe('done');
    expect(new Set(PAGES.map((p) => p.id)).size).toBe(PAGES.length);
  });

  it('asks whether the person knows only of representatives', () => {
    expect(ids(adult)).not.toContain('person-knows');
    expect(ids({ ...adult, respondent: 'advocate' })).toContain('person-knows');
    expect(nextPageId('who', { respondent: 'self' })).toBe('reason');
    expect(nextPageId('who', { respondent: 'carer' })).toBe('person-knows');
  });

  it('asks what was wanted and whether it happened only when outcomes were expressed', () => {
    expect(nextPageId('asked', { askedOutcomes: 'yes_expressed' })).toBe('wanted');
    expect(nextPageId('asked', { askedOutcomes: 'no' })).toBe('safer');
    expect(ids({ ...adult, askedOutcomes: 'dont_know' })).not.toContain('achieved');
  });

  it('asks for contact details only when a contact choice is ticked', () => {
    expect(nextPageId('consent', adult)).toBe('check');
    expect(nextPageId('consent', { ...adult, consents: ['contact_involve'] })).toBe('contact');
  });

  it('builds a payload the story schema accepts', () => {
    const parsed = StoryInputSchema.safeParse(toStoryPayload(adult, context));
    expect(parsed.success).toBe(true);
  });

  it('leaves out answers to pages that no longer apply', () => {
    const changed: Answers = {
      ...adult,
      personKnows: 'yes_happy',
      askedOutcomes: 'no',
      'contact.method': 'email',
      'contact.email': 'a@example.com',
    };
    const payload = toStoryPayload(changed, context);
    expect(payload).not.toHaveProperty('personKnows');
    expect(payload).not.toHaveProperty('wantedOutcome');
    expect(payload).not.toHaveProperty('outcomeAchieved');
    expect(payload).not.toHaveProperty('contact');
    expect(StoryInputSchema.safeParse(payload).success).toBe(true);
  });

  it('sends no consent for a representative who has not asked the person', () => {
    const payload = toStoryPayload(
      { ...adult, respondent: 'friend', personKnows: 'not_asked', consents: ['publish'] },
      context,
    );
    expect(Object.values(payload.consents as Record<string, boolean>)).not.toContain(true);
    expect(StoryInputSchema.safeParse(payload).success).toBe(true);
  });

  it('sends only the chosen contact method', () => {
    const payload = toStoryPayload(
      {
        ...adult,
        consents: ['contact_check'],
        'contact.method': 'phone',
        'contact.phone': '07700 900982',
        'contact.email': 'left@example.com',
        'contact.safeToLeaveMessage': 'no',
      },
      context,
    );
    expect(payload.contact).toEqual({
      method: 'phone',
      phone: '07700 900982',
      safeToLeaveMessage: false,
      // Private wording unless the person chose otherwise (issue 13).
      messageWording: 'neutral',
    });
    expect(StoryInputSchema.safeParse(payload).success).toBe(true);
  });

  it('asks how messages are worded once a contact method is chosen, and sends the choice', () => {
    const contact = pageById('contact');
    const wording = contact.fields.find((f) => f.name === 'contact.messageWording');
    expect(wording?.options).toEqual(['neutral', 'named']);
    expect(wording?.required).toBe(false);
    expect(wording?.applies?.({})).toBe(false);
    expect(wording?.applies?.({ 'contact.method': 'email' })).toBe(true);
    const payload = toStoryPayload(
      {
        ...adult,
        consents: ['contact_check'],
        'contact.method': 'email',
        'contact.email': 'me@example.com',
        'contact.safeToLeaveMessage': 'yes',
        'contact.messageWording': 'named',
      },
      context,
    );
    expect(payload.contact).toMatchObject({ messageWording: 'named' });
    expect(StoryInputSchema.safeParse(payload).success).toBe(true);
  });

  it('asks whether anyone is hurting the person now, straight after when the help finished', () => {
    expect(nextPageId('finished', adult)).toBe('at-risk-now');
    expect(nextPageId('at-risk-now', adult)).toBe('asked');
    const page = pageById('at-risk-now');
    expect(page.fields[0]?.options).toEqual(['yes', 'no', 'not_sure']);
    expect(validatePage(page, { ...adult, atRiskNow: undefined })).toEqual([
      { field: 'atRiskNow', key: 'atRisk.error' },
    ]);
    expect(toStoryPayload(adult, context).atRiskNow).toBe('no');
    // Older clients do not send it: the API still accepts their stories.
    const { atRiskNow: _omitted, ...older } = toStoryPayload(adult, context);
    expect(StoryInputSchema.safeParse(older).success).toBe(true);
    expect(StoryInputSchema.safeParse({ ...older, atRiskNow: 'maybe' }).success).toBe(false);
  });

  it('refuses a missing required answer with the catalogue message', () => {
    expect(validatePage(pageById('who'), {})).toEqual([{ field: 'respondent', key: 'who.error' }]);
    expect(validatePage(pageById('story'), { story: '   ' })).toEqual([
      { field: 'story', key: 'story.error' },
    ]);
    expect(validatePage(pageById('harm'), {})).toEqual([]);
  });

  it('refuses text over the limit as the server counts it', () => {
    const errors = validatePage(pageById('wanted'), { wantedOutcome: 'x'.repeat(2001) });
    expect(errors[0]?.key).toBe('wanted.errorTooLong');
    expect(validatePage(pageById('wanted'), { wantedOutcome: ` ${'x'.repeat(2000)}\n` })).toEqual(
      [],
    );
  });

  it('checks email and phone shape only for the chosen method', () => {
    const page = pageById('contact');
    const base = { 'contact.method': 'email', 'contact.safeToLeaveMessage': 'yes' };
    expect(validatePage(page, { ...base, 'contact.email': 'nope' })[0]?.key).toBe(
      'contact.errorEmail',
    );
    expect(
      validatePage(page, { ...base, 'contact.email': 'a@b.co', 'contact.phone': 'x' }),
    ).toEqual([]);
  });

  it('has catalogue wording for every heading, hint and option it uses', () => {
    for (const page of PAGES) {
      expect(en).toHaveProperty([page.headingKey]);
      for (const field of page.fields) {
        for (const code of field.options ?? []) {
          const key = field.optionKeys?.[code] ?? `${field.optionPrefix}.${code}`;
          expect(en, `${page.id}: ${key}`).toHaveProperty([key]);
        }
      }
    }
  });

  it('maps server error paths back to the page that asks them', () => {
    expect(fieldForErrorPath('harmKinds.1')).toEqual({ pageId: 'harm', field: 'harmKinds' });
    expect(fieldForErrorPath('experience')).toEqual({
      pageId: 'experience-listened',
      field: 'experience.listened',
    });
    expect(fieldForErrorPath('contact.phone')).toEqual({
      pageId: 'contact',
      field: 'contact.phone',
    });
    expect(fieldForErrorPath('siteKey').pageId).toBe('check');
  });

  it('sees current risk in answers and in words of danger', () => {
    expect(showsCurrentRisk(adult)).toBe(false);
    // "When did the help finish? It is still happening" is support going on, not harm (issue 13).
    expect(showsCurrentRisk({ ...adult, finished: 'still_happening' })).toBe(false);
    expect(showsCurrentRisk({ ...adult, atRiskNow: 'yes' })).toBe(true);
    expect(showsCurrentRisk({ ...adult, atRiskNow: 'not_sure' })).toBe(true);
    expect(showsCurrentRisk({ ...adult, atRiskNow: 'no' })).toBe(false);
    expect(showsCurrentRisk({ ...adult, feelSafer: 'less_safe' })).toBe(true);
    expect(showsCurrentRisk({ ...adult, shouldChange: 'He still hits me' })).toBe(true);
  });

  it('adds crisis contacts only for words of suicide or self-harm', () => {
    expect(showsCrisis({ ...adult, story: 'Some nights I want to end my life.' })).toBe(true);
    expect(showsCrisis({ ...adult, story: 'He still hits me.' })).toBe(false);
    expect(showsCrisis(adult)).toBe(false);
  });

  it("adds the chosen language's own cues to the English ones", () => {
    const polish = (text: string) =>
      text.includes('bije') ? [{ category: 'physical' as const, phrase: 'bije' }] : [];
    const story = { ...adult, story: 'On nadal mnie bije.' };
    expect(showsCurrentRisk(story)).toBe(false);
    expect(showsCurrentRisk(story, polish)).toBe(true);
  });
});
