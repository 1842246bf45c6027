import type { SessionRow, UserRow } from '../../db/schema.ts';
import type { Deps } from '../app-env.ts';

/** Who is making an admin request, set by adminGuard() when a live session cookie came with it. */
export type AuthContext = {
  user: UserRow;
  session: SessionRow;
  /** Board ids this user acts for (every Board for an admin). */
  boardIds: number[];
};

/** Hono environment of every /admin/api route. */
export type AdminEnv = {
  Variables: { deps: Deps; auth: AuthContext | undefined; address: string };
};

/**
 * The environment after requireRole() (or requireSignedIn()) has let a request through: `auth`
 * is always set, so routes read `c.var.auth` without a cast.
 */
export type SignedInEnv = {
  Variables: { deps: Deps; auth: AuthContext; address: string };
};
