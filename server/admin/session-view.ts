import type { SessionRow, UserRow } from '../../db/schema.ts';
import type { Deps } from '../app-env.ts';
import { RECENT_AUTH_MINUTES, type SessionState, sessionExpiry } from '../auth/session-store.ts';
import { type UserView, userView } from '../auth/users.ts';

export type SessionView = {
  state: SessionState;
  csrfToken: string;
  user: UserView;
  expiresAt: string;
  recentAuthUntil: string;
  requireTwoFactor: boolean;
};

export async function sessionView(
  deps: Deps,
  user: UserRow,
  session: SessionRow,
): Promise<SessionView> {
  return {
    state: session.state,
    csrfToken: session.csrf_token,
    user: await userView(deps.db, user),
    expiresAt: sessionExpiry(session).toISOString(),
    recentAuthUntil: new Date(
      new Date(session.authenticated_at).getTime() + RECENT_AUTH_MINUTES * 60_000,
    ).toISOString(),
    requireTwoFactor: deps.config.requireTwoFactor,
  };
}
