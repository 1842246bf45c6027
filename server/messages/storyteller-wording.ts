import type { ActionStatus } from '../../domain/actions.ts';
import { type OutboundTranslator, outboundFor } from '../../domain/messages/outbound/index.ts';
import type { MessageChannel, MessageWording } from '../../domain/outbox.ts';

/**
 * What a storyteller who asked to hear back is sent (decision 0093). Someone else may read it, so
 * by default the sender and subject never mention abuse or safeguarding (a Board's own name often
 * does: "Hillshire Safeguarding Adults Board"), and the body says only what happened: no story
 * words, no reference, no names, not even the Board's name. `named` wording (the person chose it)
 * lets the subject say it is about the story they told.
 */

/** The neutral name messages to storytellers go out under (the sender uses it as From's name). */
export const STORYTELLER_SENDER = 'Heard';

export type HearBackNews =
  | { kind: 'hear_back_read' }
  | { kind: 'hear_back_pack'; meetingDate: string }
  | { kind: 'hear_back_action'; status: ActionStatus };

export type Wording = { subject: string; body: string };

/** A day (YYYY-MM-DD) written out in the person's language and digits, e.g. "15 January 2027". */
function longDate(tr: OutboundTranslator, day: string): string {
  const at = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  // English readers here are British: "20 January 2027", not "January 20, 2027".
  const locale = tr.language.lang === 'en' ? 'en-GB' : tr.language.lang;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    numberingSystem: tr.language.numerals,
  }).format(at);
}

export function hearBackWording(args: {
  news: HearBackNews;
  language: string;
  channel: MessageChannel;
  wording: MessageWording;
  /** Where to stop these messages: the public /withdraw page. */
  stopUrl: string;
}): Wording {
  const tr = outboundFor(args.language);
  const { news } = args;
  const vars = {
    sender: STORYTELLER_SENDER,
    url: args.stopUrl,
    date: news.kind === 'hear_back_pack' ? longDate(tr, news.meetingDate) : '',
    status: news.kind === 'hear_back_action' ? tr.t(`status.${news.status}`) : '',
  };
  const what =
    news.kind === 'hear_back_read' ? 'read' : news.kind === 'hear_back_pack' ? 'pack' : 'action';
  const subject = tr.t(args.wording === 'named' ? 'subject.named' : 'subject.neutral', vars);
  if (args.channel === 'sms') return { subject, body: tr.t(`sms.${what}`, vars) };
  return { subject, body: `${tr.t(what, vars)}\n\n${tr.t('stop', vars)}\n\n${STORYTELLER_SENDER}` };
}
