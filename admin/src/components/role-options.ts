import { ROLE_LABELS } from '../api/types.ts';

/** The roles as radio options, each with what it may do (the same words wherever a role is chosen). */
export const ROLE_OPTIONS = [
  {
    value: 'coordinator',
    label: ROLE_LABELS.coordinator,
    hint: 'Reads, redacts and approves stories for their Boards',
  },
  {
    value: 'board_secretary',
    label: ROLE_LABELS.board_secretary,
    hint: 'Sees approved, anonymised stories and builds packs',
  },
  {
    value: 'admin',
    label: ROLE_LABELS.admin,
    hint: 'Manages users, Boards, partners, sites and settings; does not read stories',
  },
];
