import { STORY_STATUSES, type StoryStatus } from '../../domain/vocabulary.ts';

export { STORY_STATUSES, type StoryStatus };

/** Statuses of a story still waiting for a decision: the queue. */
export const OPEN_STATUSES: readonly StoryStatus[] = ['new', 'in_review', 'quarantined'];
/** The default queue view: quarantined (suspected spam) stories are looked at on purpose. */
export const DEFAULT_QUEUE_STATUSES: readonly StoryStatus[] = ['new', 'in_review'];
/** Statuses a coordinator's decision can be reversed from (`reopen`). */
export const DECIDED_STATUSES: readonly StoryStatus[] = ['approved', 'rejected'];

export const isStoryStatus = (value: string): value is StoryStatus =>
  (STORY_STATUSES as readonly string[]).includes(value);

export const CHECK_OUTCOMES = [
  'no_current_risk',
  'escalated',
  'referred',
  'already_supported',
] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];
