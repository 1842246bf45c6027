import type { Db } from '../../db/client.ts';
import type { MessageRow } from '../../db/schema.ts';
import { recordAudit } from '../audit/record.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { mayHearBack } from '../moderation/consent-gate.ts';

/** Sealing purpose of a Board's webhook signing secret in `board_alerting`. */
export const WEBHOOK_SECRET_PURPOSE = 'board_alerting.webhook_secret';

/**
 * Where a message goes, worked out when it is sent rather than when it was queued (decision
 * 0086): an account disabled, a duty inbox changed, a story withdrawn or a consent taken back in
 * the meantime must win over what was true when the event happened.
 */
export type ResolvedRecipient =
  | { ok: true; to: string; secret?: string | undefined; storyteller?: boolean }
  /** Nobody to send to any more: the message is stopped with this reason (no personal data). */
  | { ok: false; reason: string };

type Message = Pick<
  MessageRow,
  'id' | 'channel' | 'recipient_kind' | 'recipient_user_id' | 'recipient_sealed' | 'board_id'
> & { story_id: number | null };

export async function resolveRecipient(
  db: Db,
  sealer: Sealer,
  message: Message,
  now: Date,
): Promise<ResolvedRecipient> {
  switch (message.recipient_kind) {
    case 'user':
      return toStaff(db, message);
    case 'duty_inbox':
      return toDutyInbox(db, message);
    case 'storyteller':
      return toStoryteller(db, sealer, message, now);
    case 'address':
      return message.recipient_sealed
        ? { ok: true, to: sealer.open(message.recipient_sealed, 'message.recipient') }
        : { ok: false, reason: 'The address was already cleared' };
    case 'webhook':
      return toWebhook(db, sealer, message);
  }
}

async function toStaff(db: Db, message: Message): Promise<ResolvedRecipient> {
  if (message.channel !== 'email') return { ok: false, reason: 'Staff accounts have only email' };
  const user = message.recipient_user_id
    ? await db
        .selectFrom('user')
        .select(['email', 'disabled'])
        .where('id', '=', message.recipient_user_id)
        .executeTakeFirst()
    : undefined;
  if (!user) return { ok: false, reason: 'The staff account no longer exists' };
  if (user.disabled) return { ok: false, reason: 'The staff account is disabled' };
  return { ok: true, to: user.email };
}

async function alertingOf(db: Db, boardId: number | null) {
  if (boardId === null) return undefined;
  return db
    .selectFrom('board_alerting')
    .select(['duty_email', 'webhook_url', 'webhook_secret_sealed'])
    .where('board_id', '=', boardId)
    .executeTakeFirst();
}

async function toDutyInbox(db: Db, message: Message): Promise<ResolvedRecipient> {
  if (message.channel !== 'email') return { ok: false, reason: 'A duty inbox is an email address' };
  const duty = (await alertingOf(db, message.board_id))?.duty_email?.trim();
  return duty ? { ok: true, to: duty } : { ok: false, reason: 'The Board has no duty inbox set' };
}

async function toWebhook(db: Db, sealer: Sealer, message: Message): Promise<ResolvedRecipient> {
  const alerting = await alertingOf(db, message.board_id);
  if (!alerting?.webhook_url) return { ok: false, reason: 'The Board has no webhook set' };
  return {
    ok: true,
    to: alerting.webhook_url,
    secret:
      sealer.openOptional(alerting.webhook_secret_sealed, WEBHOOK_SECRET_PURPOSE) ?? undefined,
  };
}

/**
 * The person who told the story, through the route they chose. Their contact details are sealed
 * and exist only while a contact consent stands (withdrawal deletes them), so opening them is
 * audited as the system, like a coordinator's opening (server/moderation/sealed-reading.ts).
 */
async function toStoryteller(
  db: Db,
  sealer: Sealer,
  message: Message,
  now: Date,
): Promise<ResolvedRecipient> {
  if (message.story_id === null) return { ok: false, reason: 'The story no longer exists' };
  const story = await db
    .selectFrom('story')
    .select(['id', 'status', 'board_id'])
    .where('id', '=', message.story_id)
    .executeTakeFirst();
  if (!story) return { ok: false, reason: 'The story no longer exists' };
  if (story.status === 'withdrawn') return { ok: false, reason: 'The person withdrew their story' };
  // The same rule that queued the message (decision 0082's one gate), asked again now: consent
  // may have been withdrawn or expired during the hold.
  const contact = await db
    .selectFrom('story')
    .innerJoin('contact', 'contact.story_id', 'story.id')
    .select(['contact.email_sealed', 'contact.phone_sealed'])
    .where('story.id', '=', story.id)
    .where(mayHearBack(now))
    .executeTakeFirst();
  if (!contact) return { ok: false, reason: 'The person has not agreed to be contacted' };
  const sealed =
    message.channel === 'email'
      ? { value: contact.email_sealed, purpose: 'contact.email' }
      : message.channel === 'sms'
        ? { value: contact.phone_sealed, purpose: 'contact.phone' }
        : { value: null, purpose: '' };
  if (!sealed.value) return { ok: false, reason: `The person left no ${message.channel} contact` };
  await recordAudit(db, {
    actor: 'system',
    action: 'story.contact_opened',
    objectType: 'story',
    objectId: story.id,
    boardId: story.board_id,
    detail: { reason: 'message', messageId: message.id, channel: message.channel },
    at: now,
  });
  return { ok: true, to: sealer.open(sealed.value, sealed.purpose), storyteller: true };
}
