import type { Message, MessageStatus } from '../api/types.ts';
import { formatDateTime } from '../components/format.ts';

/** What each kind of message is, in the words a coordinator would use. */
export const KIND_LABELS: Record<Message['kind'], string> = {
  urgent_alert: 'Urgent story alert',
  urgent_escalation: 'Urgent story not yet checked',
  daily_digest: 'Daily summary',
  account_attack: 'Sign-in attack alert',
  new_device: 'New device signed in',
  hear_back_read: 'Hearing back: story read',
  hear_back_pack: 'Hearing back: used in a Board pack',
  hear_back_action: 'Hearing back: action changed',
  reference_copy: 'Copy of reference and answers',
};

export const STATUS_WORDS: Record<MessageStatus, string> = {
  waiting: 'Waiting',
  held: 'Held',
  failed: 'Failed',
  stopped: 'Stopped',
  sent: 'Sent',
};

/** The order statuses are offered in: what needs a person first. */
export const STATUS_ORDER: readonly MessageStatus[] = [
  'waiting',
  'held',
  'failed',
  'stopped',
  'sent',
];

/** The status tag's words and colour; a waiting message that has failed before is "Retrying". */
export function statusTag(m: Message): { text: string; tag: string } {
  if (m.status === 'waiting' && m.attempts > 0)
    return { text: 'Retrying', tag: 'govuk-tag--orange' };
  return {
    text: STATUS_WORDS[m.status],
    tag: {
      waiting: 'govuk-tag--blue',
      held: 'govuk-tag--yellow',
      failed: 'govuk-tag--red',
      stopped: 'govuk-tag--grey',
      sent: 'govuk-tag--green',
    }[m.status],
  };
}

const londonDay = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'short',
  timeZone: 'Europe/London',
});
const londonTime = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** "10:42" today (UK time), otherwise the full date and time. */
export function when(iso: string | null, now = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return londonDay.format(d) === londonDay.format(now) ? londonTime.format(d) : formatDateTime(iso);
}

/** "at 10:42" today, otherwise "on 4 June 2026 at 2:05pm". */
export function atWhen(iso: string | null, now = new Date()): string {
  const text = when(iso, now);
  return /^\d{2}:\d{2}$/.test(text) ? `at ${text}` : `on ${text}`;
}

/** One sentence on where a message stands: when it goes, why it has not, who stopped it. */
export function stateSentence(m: Message, now = new Date()): string {
  const why = m.lastError ? `: ${m.lastError}` : '';
  switch (m.status) {
    case 'held':
      return `Held until ${when(m.holdUntil ?? m.nextAttemptAt, now)}, so it can be stopped before it goes.`;
    case 'waiting':
      return m.attempts > 0
        ? `Trying again ${atWhen(m.nextAttemptAt, now)} (attempt ${m.attempts + 1})${why}`
        : `Waiting to send since ${when(m.createdAt, now)}.`;
    case 'sent':
      return `Sent ${atWhen(m.sentAt, now)}.`;
    case 'failed':
      return `Gave up after ${m.attempts} ${m.attempts === 1 ? 'attempt' : 'attempts'}${why}`;
    case 'stopped':
      return m.stoppedBy
        ? `Stopped by ${m.stoppedBy} ${atWhen(m.stoppedAt, now)}.`
        : `Stopped automatically ${atWhen(m.stoppedAt, now)}: its recipient no longer exists${why ? ` (${m.lastError})` : ''}.`;
  }
}

/** Names one message for screen readers, so each row's buttons say which message they act on. */
export const messageName = (m: Message) => `message ${m.id}, “${m.subject}”, to ${m.recipient}`;
