import type { Deps } from '../app-env.ts';
import { recordAudit } from '../audit/record.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { createSetupToken, setupUrl } from './setup-tokens.ts';
import { countUsers, createUser } from './users.ts';

export type BootstrapResult =
  | { kind: 'none' }
  | { kind: 'created'; email: string }
  | { kind: 'link'; url: string; reason?: string };

/**
 * First start with no staff accounts: creates the admin from HEARD_ADMIN_EMAIL and
 * HEARD_ADMIN_PASSWORD when both are set and the password passes the rules; otherwise issues a
 * one-time set-up link (72 hours, single use, stored hashed) for the caller to print. Does
 * nothing once any account exists.
 */
export async function bootstrapAdmin(
  deps: Deps,
  options: { email?: string | undefined; password?: string | undefined; publicBase: string },
): Promise<BootstrapResult> {
  if ((await countUsers(deps.db)) > 0) return { kind: 'none' };
  const now = deps.now();
  let reason: string | undefined;
  if (options.email && options.password) {
    reason = passwordProblem(options.password, options.email) ?? undefined;
    if (!/^[^\s@]+@[^\s@]+$/.test(options.email.trim()))
      reason = 'HEARD_ADMIN_EMAIL is not an email address.';
    if (!reason) {
      const user = await createUser(deps.db, {
        email: options.email,
        role: 'admin',
        boardIds: [],
        passwordHash: await hashPassword(options.password),
        now,
      });
      await recordAudit(deps.db, {
        actor: 'system',
        action: 'user.created',
        objectType: 'user',
        objectId: user.id,
        detail: { role: 'admin', via: 'bootstrap_env' },
        at: now,
      });
      return { kind: 'created', email: user.email };
    }
  }
  const token = await createSetupToken(deps.db, { userId: null, now });
  return { kind: 'link', url: setupUrl(options.publicBase, token), ...(reason ? { reason } : {}) };
}
