/**
 * The outbox's fixed vocabularies (issue 13, decision 0086). Stored as text in `message`; never
 * rename a value.
 */

export const MESSAGE_KINDS = [
  /** A story stored as urgent: to each coordinator of its Board and its duty inbox. */
  'urgent_alert',
  /** No safeguarding check within the Board's response time: duty inbox and admins, repeating. */
  'urgent_escalation',
  /** Once a day per coordinator who has not turned it off. */
  'daily_digest',
  /** Many failed sign-ins to one account: to admins. */
  'account_attack',
  /** A sign-in to your own account from a device not seen before. */
  'new_device',
  /** To a storyteller who asked to hear back: their story has been read. */
  'hear_back_read',
  /** To a storyteller: their story was used in a Board pack. */
  'hear_back_pack',
  /** To a storyteller: an action linked to their story changed status. */
  'hear_back_action',
  /** A copy of the reference and answers, to an address typed at the end of the journey. */
  'reference_copy',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_CHANNELS = ['email', 'sms', 'webhook'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/**
 * Who a message is for, resolved when it is sent: a staff account (`recipient_user_id`), the
 * Board's duty inbox, the storyteller's contact on the story, a sealed address typed for this one
 * message, or the Board's webhook.
 */
export const RECIPIENT_KINDS = ['user', 'duty_inbox', 'storyteller', 'address', 'webhook'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/**
 * held: waiting out its hold (a coordinator may stop it) · waiting: due to send, or retrying
 * after a failure (`attempts` > 0, `last_error` says why) · sent · stopped: by a person, or
 * because its recipient no longer exists (withdrawn story, disabled account) · failed: gave up
 * after the retry window; stays on the Messages screen until someone retries it.
 */
export const MESSAGE_STATUSES = ['held', 'waiting', 'sent', 'stopped', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** How messages to a storyteller are worded (the journey asks; neutral by default). */
export const MESSAGE_WORDINGS = ['neutral', 'named'] as const;
export type MessageWording = (typeof MESSAGE_WORDINGS)[number];
