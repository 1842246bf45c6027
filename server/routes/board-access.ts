import type { Context, MiddlewareHandler } from 'hono';
import type { AdminEnv } from '../admin/admin-env.ts';
import { adminGuard } from '../admin/guard.ts';
import { idParam, notFound } from '../admin/read-json.ts';
import { requireRole } from '../auth/require-auth.ts';

/**
 * Runs the admin API's guard (session, CSRF, JSON-only writes) unless it already ran
 * for this request: the Board secretary routes must be safe however app.ts mounts them.
 */
export function adminGuardOnce(): MiddlewareHandler<AdminEnv> {
  const guard = adminGuard();
  return async function adminGuardOnceMiddleware(c, next) {
    if (c.get('address') !== undefined) return next();
    return guard(c, next);
  };
}

/** Board secretaries and coordinators of the Board (admins manage, they do not read stories). */
export const requireBoardStaff = () => requireRole('board_secretary', 'coordinator');

/**
 * The `:boardId` of the path when the signed-in person acts for that Board; otherwise a 404
 * response (never 403, so Board ids do not leak: docs/admin-api.md).
 */
export function boardOf(c: Context<AdminEnv>): { boardId: number } | { response: Response } {
  const boardId = idParam(c, 'boardId');
  const auth = c.var.auth;
  if (boardId === undefined || !auth || !auth.boardIds.includes(boardId)) {
    return { response: notFound(c, 'Board not found') };
  }
  return { boardId };
}
