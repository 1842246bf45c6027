/** Staff roles (issue 4). Coordinators and secretaries are scoped to Boards; admins are not. */
export const ROLES = ['admin', 'coordinator', 'board_secretary'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);
