import type { StoryDetail } from '../api/types.ts';

/**
 * What a staff-recorded withdrawal does, in plain words, as server/withdrawal/withdraw-story.ts
 * does it. Shown on the confirmation page so the coordinator can read it to the person.
 */
export const WHOLE_STORY_EFFECTS = [
  'Their own words are deleted: the story, what they wanted to happen, what helped most and what should change.',
  'Their contact details are deleted.',
  'The curated (anonymised) story and its tags are deleted.',
  'It leaves the Board library and any pack not yet issued. Packs already issued stay as a record.',
  'Every use they agreed to is withdrawn.',
  'Their answers to the multiple-choice questions still count, anonymously, in the statistics.',
];

export const PURPOSE_EFFECTS: Record<string, string> = {
  board_share: 'It leaves the Board library and any pack not yet issued.',
  training: 'It is no longer used to train staff.',
  publish: 'It is no longer published.',
  quote: 'Quotes of their exact words are removed from the curated story.',
  contact_check: 'They are not contacted to check their story.',
  contact_involve: 'They are not contacted about getting involved.',
};

export const CONTACT_PURPOSES = ['contact_check', 'contact_involve'];

/** The uses the person agreed to and has not withdrawn: the only ones there are to withdraw. */
export const withdrawablePurposes = (story: StoryDetail): string[] =>
  story.consents.filter((c) => c.granted && !c.withdrawnAt).map((c) => c.purpose);

/** Whether withdrawing these purposes leaves no contact choice, so contact details go too. */
export const deletesContact = (story: StoryDetail, purposes: readonly string[]): boolean =>
  story.hasContact &&
  withdrawablePurposes(story)
    .filter((p) => CONTACT_PURPOSES.includes(p))
    .every((p) => purposes.includes(p));
