import type { NewMessage } from './outbox.ts';

/**
 * The alert for a story stored as urgent (issue 13): one email to each coordinator of its Board,
 * one to the Board's duty inbox when it has one, and one webhook call when it has a webhook.
 * It says only that a story needing a person now arrived, when, whether it was held as possible
 * spam, and where to read it in /admin: never the story's words, names or the reference, since
 * a mailbox, a phone's lock screen or a Teams channel is seen by more people than /admin is.
 */
export type UrgentStory = {
  storyId: number;
  boardId: number;
  boardName: string;
  heldAsSpam: boolean;
  receivedAt: Date;
  /** Active coordinators of the Board (role coordinator, on the Board, not disabled). */
  coordinatorIds: readonly number[];
  hasDutyInbox: boolean;
  hasWebhook: boolean;
  /** config.linkBase: where /admin is reached. */
  linkBase: string;
};

const ukTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "10:05 on Tuesday 8 December 2026 (UK time)". */
export function whenInUk(at: Date): string {
  const parts = Object.fromEntries(ukTime.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} on ${parts.weekday} ${parts.day} ${parts.month} ${parts.year} (UK time)`;
}

export function urgentAlertText(
  story: Omit<UrgentStory, 'coordinatorIds' | 'hasDutyInbox' | 'hasWebhook'>,
) {
  const link = `${story.linkBase}/admin/stories/${story.storyId}`;
  const subject = `Urgent story waiting: ${story.boardName}`;
  const body = [
    `A story that may describe someone in danger now arrived at ${whenInUk(story.receivedAt)}.`,
    '',
    ...(story.heldAsSpam
      ? [
          'It was held as possible spam, but it may be real: please look at it now rather than',
          'waiting for the spam check.',
          '',
        ]
      : []),
    'Please read it and record a safeguarding check:',
    link,
    '',
    'This message does not include anything from the story. Sign in to Heard to read it.',
  ].join('\n');
  return { subject, body, link };
}

export function urgentAlertMessages(story: UrgentStory): NewMessage[] {
  const { subject, body } = urgentAlertText(story);
  const base = {
    kind: 'urgent_alert' as const,
    boardId: story.boardId,
    storyId: story.storyId,
    subject,
    body,
    now: story.receivedAt,
  };
  const key = `urgent_alert:story:${story.storyId}`;
  return [
    ...story.coordinatorIds.map(
      (userId): NewMessage => ({
        ...base,
        channel: 'email',
        recipient: { kind: 'user', userId },
        dedupeKey: `${key}:user:${userId}`,
      }),
    ),
    ...(story.hasDutyInbox
      ? [
          {
            ...base,
            channel: 'email',
            recipient: { kind: 'duty_inbox' },
            dedupeKey: `${key}:duty_inbox`,
          } satisfies NewMessage,
        ]
      : []),
    ...(story.hasWebhook
      ? [
          {
            ...base,
            channel: 'webhook',
            recipient: { kind: 'webhook' },
            dedupeKey: `${key}:webhook`,
          } satisfies NewMessage,
        ]
      : []),
  ];
}
