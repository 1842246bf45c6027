import type { Db } from '../../db/client.ts';
import type { UserRow } from '../../db/schema.ts';
import type { Deps } from '../app-env.ts';
import { recordAudit } from '../audit/record.ts';
import { ProblemError } from '../http/errors.ts';
import { hashPassword, requireGoodPassword } from './password.ts';
import { createSession, endUserSessions } from './session-store.ts';
import { findSetupToken, markSetupTokenUsed } from './setup-tokens.ts';
import { type SignedIn, stateAfterPassword } from './sign-in.ts';
import { createUser, findUserById, setPasswordHash } from './users.ts';

/**
 * One-time set-up links (server/auth/setup-tokens.ts) as people use them: the bootstrap link
 * creates the first admin; a user's link lets them choose their password.
 */

type SetupLink = {
  tokenHash: string;
  /** `bootstrap`: no account yet, the first admin is created. `user`: that user's password. */
  kind: 'bootstrap' | 'user';
  user: UserRow | undefined;
};

/** 404 for a link that is unknown, used, out of date, or whose account is gone. */
const linkGone = () =>
  new ProblemError({
    status: 404,
    title: 'This set-up link does not work',
    detail: 'It may have been used already or be out of date. Ask an admin for a new link.',
  });

/** The usable link a token belongs to; throws 404 when there is none. */
export async function openSetupLink(db: Db, token: string, now: Date): Promise<SetupLink> {
  const row = await findSetupToken(db, token, now);
  if (!row) throw linkGone();
  if (row.user_id === null)
    return { tokenHash: row.token_hash, kind: 'bootstrap', user: undefined };
  const user = await findUserById(db, row.user_id);
  if (!user) throw linkGone();
  return { tokenHash: row.token_hash, kind: 'user', user };
}

/**
 * Uses a set-up link: sets the password (creating the first admin for the bootstrap link) and
 * starts a session, as a password sign-in would. The link works once, even in parallel. A new
 * password ends every session the account had, as a password change does: they may belong to
 * whoever the reset is meant to shut out.
 */
export async function completeSetup(
  deps: Deps,
  args: { token: string; password: string; email?: string | undefined; address: string },
): Promise<SignedIn> {
  const now = deps.now();
  const link = await openSetupLink(deps.db, args.token, now);
  const email = link.user?.email ?? args.email;
  if (!email) {
    throw new ProblemError({
      status: 422,
      title: 'Enter your email address',
      errors: [{ field: 'email', pointer: '#/email', detail: 'Enter your email address' }],
    });
  }
  requireGoodPassword('password', args.password, email);
  const hash = await hashPassword(args.password);
  // createUser throws EmailInUseError (409) for an address that already has an account.
  const user = await deps.db.transaction().execute(async (trx) => {
    if (!(await markSetupTokenUsed(trx, link.tokenHash, now))) return undefined;
    if (!link.user) {
      return createUser(trx, { email, role: 'admin', boardIds: [], passwordHash: hash, now });
    }
    await setPasswordHash(trx, link.user.id, hash, now);
    return findUserById(trx, link.user.id);
  });
  if (!user) throw linkGone();
  const state = stateAfterPassword(deps, user);
  if (link.kind === 'user') await endUserSessions(deps.db, user.id);
  const session = await createSession(deps.db, { userId: user.id, state, now });
  await recordAudit(deps.db, {
    actor: user.id,
    action: 'setup.completed',
    objectType: 'user',
    objectId: user.id,
    address: args.address,
    detail: { kind: link.kind },
    at: now,
  });
  return { user, session };
}
