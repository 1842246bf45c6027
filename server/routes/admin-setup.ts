import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../admin/admin-env.ts';
import { type notFound, readJson } from '../admin/read-json.ts';
import { setSessionCookie } from '../admin/session-cookie.ts';
import { sessionView } from '../admin/session-view.ts';
import { recordAudit } from '../audit/record.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import { createSession, endUserSessions } from '../auth/session-store.ts';
import { findSetupToken, markSetupTokenUsed } from '../auth/setup-tokens.ts';
import { createUser, EmailInUseError, findUserById } from '../auth/users.ts';
import { problem } from '../http/problem.ts';

const TokenSchema = z.strictObject({ token: z.string().max(200) });
const SetupSchema = z.strictObject({
  token: z.string().max(200),
  password: z.string().max(4096),
  email: z
    .string()
    .trim()
    .max(320)
    .email('Enter an email address like name@example.org')
    .optional(),
});

const linkGone = (c: Parameters<typeof notFound>[0]) =>
  problem(c, {
    status: 404,
    title: 'This set-up link does not work',
    detail: 'It may have been used already or be out of date. Ask an admin for a new link.',
  });

/** One-time set-up links: the first admin (bootstrap) and new staff choosing their password. */
export const adminSetupRoutes = new Hono<AdminEnv>()
  .post('/admin/api/setup/inspect', async (c) => {
    const body = await readJson(c, TokenSchema);
    if (!body.ok) return body.response;
    const { db, now } = c.var.deps;
    const row = await findSetupToken(db, body.data.token, now());
    if (!row) return linkGone(c);
    const user = row.user_id === null ? undefined : await findUserById(db, row.user_id);
    if (row.user_id !== null && !user) return linkGone(c);
    return c.json({
      kind: row.user_id === null ? 'bootstrap' : 'user',
      email: user?.email ?? null,
    });
  })

  .post('/admin/api/setup', async (c) => {
    const body = await readJson(c, SetupSchema);
    if (!body.ok) return body.response;
    const { deps } = c.var;
    const now = deps.now();
    const row = await findSetupToken(deps.db, body.data.token, now);
    if (!row) return linkGone(c);
    let user = row.user_id === null ? undefined : await findUserById(deps.db, row.user_id);
    if (row.user_id !== null && !user) return linkGone(c);
    const email = user?.email ?? body.data.email;
    if (!email) {
      return problem(c, {
        status: 422,
        title: 'Enter your email address',
        errors: [{ field: 'email', pointer: '#/email', detail: 'Enter your email address' }],
      });
    }
    const rule = passwordProblem(body.data.password, email);
    if (rule) {
      return problem(c, {
        status: 422,
        title: 'Choose a different password',
        detail: rule,
        errors: [{ field: 'password', pointer: '#/password', detail: rule }],
      });
    }
    const hash = await hashPassword(body.data.password);
    try {
      user = await deps.db.transaction().execute(async (trx) => {
        if (!(await markSetupTokenUsed(trx, row.token_hash, now))) return undefined;
        if (row.user_id === null) {
          return createUser(trx, { email, role: 'admin', boardIds: [], passwordHash: hash, now });
        }
        await trx
          .updateTable('user')
          .set({ password_hash: hash, updated_at: now.toISOString() })
          .where('id', '=', row.user_id)
          .execute();
        return findUserById(trx, row.user_id);
      });
    } catch (error) {
      if (error instanceof EmailInUseError) {
        return problem(c, {
          status: 409,
          title: 'This email address already has an account',
          errors: [
            {
              field: 'email',
              pointer: '#/email',
              detail: 'This email address already has an account',
            },
          ],
        });
      }
      throw error;
    }
    if (!user) return linkGone(c);
    const state =
      user.totp_enabled === 1
        ? 'totp_required'
        : deps.config.requireTwoFactor
          ? 'totp_enrolment_required'
          : 'signed_in';
    // A new password ends every session the account had, as a password change does: they may
    // belong to whoever the reset is meant to shut out.
    if (row.user_id !== null) await endUserSessions(deps.db, user.id);
    const session = await createSession(deps.db, { userId: user.id, state, now });
    await recordAudit(deps.db, {
      actor: user.id,
      action: 'setup.completed',
      objectType: 'user',
      objectId: user.id,
      address: c.var.address,
      detail: { kind: row.user_id === null ? 'bootstrap' : 'user' },
      at: now,
    });
    setSessionCookie(c, deps, session.id);
    return c.json(await sessionView(deps, user, session.row));
  });
