/**
 * "You said, we did": the shape of a Board action, shared by the API (server/actions) and the
 * admin screens (admin/src/board), so the two cannot drift. Pure: no Node or DOM APIs.
 * Public contract (stored and sent, docs/admin-api.md): never rename.
 */
export const ACTION_STATUSES = [
  'proposed',
  'agreed',
  'in_progress',
  'done',
  'not_taken_forward',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type ActionInput = {
  theme: string;
  peopleSaid: string;
  boardWillDo: string;
  owner: string;
  dueDate: string | null;
  status: ActionStatus;
  statusReason: string | null;
  measures: string[];
  storyIds: number[];
  published: boolean;
};

export type ActionView = ActionInput & {
  id: number;
  boardId: number;
  createdAt: string;
  updatedAt: string;
  toTell: number;
};
