import type { Context } from 'hono';
import type { AuthContext, SignedInEnv } from '../admin/admin-env.ts';
import { idParam, notFound } from '../admin/read-json.ts';
import { requireRole } from '../auth/require-auth.ts';
import { NotFound } from '../http/errors.ts';

/** Board secretaries and coordinators of the Board (admins manage, they do not read stories). */
export const requireBoardStaff = () => requireRole('board_secretary', 'coordinator');

/**
 * The `:boardId` of the path when the signed-in person acts for that Board; otherwise a 404
 * response (never 403, so Board ids do not leak: docs/admin-api.md).
 */
export function boardOf(c: Context<SignedInEnv>): { boardId: number } | { response: Response } {
  const boardId = idParam(c, 'boardId');
  const auth = c.var.auth;
  if (boardId === undefined || !auth || !auth.boardIds.includes(boardId)) {
    return { response: notFound(c, 'Board not found') };
  }
  return { boardId };
}

/**
 * The Board id from a validated path, when the signed-in person acts for that Board; otherwise
 * NotFound, never 403, so Board ids do not leak (docs/admin-api.md).
 */
export function boardInScope(auth: AuthContext, boardId: number): number {
  if (!auth.boardIds.includes(boardId)) throw new NotFound('Board not found');
  return boardId;
}
