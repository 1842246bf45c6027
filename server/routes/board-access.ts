import type { AuthContext } from '../admin/admin-env.ts';
import { requireRole } from '../auth/require-auth.ts';
import { NotFound } from '../http/errors.ts';
import { ids, validate } from '../http/validate.ts';

/** Board secretaries and coordinators of the Board (admins manage, they do not read stories). */
export const requireBoardStaff = () => requireRole('board_secretary', 'coordinator');

/** The `:boardId` of a Board route's path; one that cannot be an id is "Board not found". */
export const boardParam = () => validate('param', ids('boardId'), { notFound: 'Board not found' });

/**
 * The Board id from a validated path, when the signed-in person acts for that Board; otherwise
 * NotFound, never 403, so Board ids do not leak (docs/admin-api.md).
 */
export function boardInScope(auth: AuthContext, boardId: number): number {
  if (!auth.boardIds.includes(boardId)) throw new NotFound('Board not found');
  return boardId;
}
