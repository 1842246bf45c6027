/**
 * "You said, we did" (docs/admin-api.md; the action's shape is domain/actions.ts,
 * shared with server/actions/action-store.ts).
 */
import type { ActionStatus } from '../../../domain/actions.ts';
import type { ApiJson, BoardPath } from '../api/types.ts';

// The action's shape is shared with the API; re-exported for the Board screens.
export {
  ACTION_STATUSES,
  type ActionInput,
  type ActionStatus,
  type ActionView,
} from '../../../domain/actions.ts';

export const STATUS_LABEL: Record<ActionStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  in_progress: 'In progress',
  done: 'Done',
  not_taken_forward: 'Not taken forward',
};

/** Tag colours follow GOV.UK's meaning; the tag's words always say the status too. */
export const STATUS_TAG: Record<ActionStatus, string> = {
  proposed: 'govuk-tag--grey',
  agreed: 'govuk-tag--blue',
  in_progress: 'govuk-tag--yellow',
  done: 'govuk-tag--green',
  not_taken_forward: 'govuk-tag--red',
};

/** Measures an action can answer: codes the API stores, named as on the measures screen. */
export const MEASURE_CHOICES = [
  { value: 'asked', label: 'Asked what they wanted' },
  { value: 'achieved', label: 'Got what they wanted' },
  { value: 'safer', label: 'Feel safer' },
  { value: 'experience.listened', label: '“I was listened to”' },
  { value: 'experience.involved', label: '“I was involved as much as I wanted”' },
  { value: 'experience.dignity', label: '“I was treated with dignity and respect”' },
  { value: 'experience.informed', label: '“I was kept informed”' },
  { value: 'experience.understood_roles', label: '“I understood who everyone was”' },
  {
    value: 'experience.shared_when_needed',
    label: '“My information was shared only when needed”',
  },
] as const;

/** One entry of `GET /boards/:id/to-tell` (coordinators only), typed from the server. */
export type ToTell = ApiJson<`${BoardPath}/to-tell`>['items'][number];
