import type { MessageKey } from './en.ts';

/**
 * Pictograms drawn for Heard (widget/journey/pictograms). Ids are shared by the catalogue and
 * the widget so a key sentence and its picture stay paired when either changes.
 */
export const PICTOGRAM_IDS = [
  'person',
  'speech',
  'house',
  'phone',
  'safe',
  'tick',
  'question',
  'help',
  'clock',
  'lock',
  'story',
  'meeting',
  'door',
] as const;
export type PictogramId = (typeof PICTOGRAM_IDS)[number];

/**
 * The key sentences of Easy Read and the picture shown beside each (issue 8: "a picture beside
 * each key sentence"). The picture repeats the sentence beside it, so it is hidden from screen
 * readers (WCAG 1.1.1: decorative when the text says the same).
 */
export const EASY_READ_PICTOGRAMS: Partial<Record<MessageKey, PictogramId>> = {
  'common.getHelpText': 'help',
  'common.getHelpTextNoPhone': 'help',
  'danger.call999': 'phone',
  'danger.keepGoingHours': 'story',
  'start.lead': 'speech',
  'start.notReport': 'phone',
  'start.used1': 'lock',
  'start.used2': 'tick',
  'start.used3': 'meeting',
  'start.time': 'clock',
  'online.p1': 'door',
  'online.p2': 'door',
  'online.p3': 'lock',
  'who.hint': 'person',
  'knows.notAskedHint': 'question',
  'reason.hint': 'safe',
  'wanted.hint': 'speech',
  'story.hint': 'story',
  'story.hint.rep': 'story',
  'helped.hint': 'help',
  'change.hint': 'question',
  'consent.hint': 'tick',
  'consent.statistics': 'lock',
  'consent.duration': 'clock',
  'consent.notAsked': 'lock',
  'contact.hint': 'phone',
  'check.sendText': 'tick',
  'done.writeDown': 'story',
  'done.next1': 'clock',
  'done.next1UrgentHours': 'clock',
  'done.next2': 'lock',
  'done.next3': 'tick',
  'done.passOn': 'safe',
  'done.support': 'phone',
  // The withdraw page (server/withdrawal/withdraw-page.ts), in the journey's pictures.
  'withdraw.intro': 'story',
  'withdraw.lostReference': 'help',
  'withdraw.doneWithdrawnBody': 'lock',
  'withdraw.doneChangedBody': 'tick',
  'withdraw.support': 'phone',
};
