import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { UserRow } from '../../db/schema.ts';
import type { AdminEnv, AuthContext, SignedInEnv } from '../admin/admin-env.ts';
import { conflict, idParam, notFound, readJson } from '../admin/read-json.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRole } from '../auth/require-auth.ts';
import { ROLES } from '../auth/roles.ts';
import { endUserSessions } from '../auth/session-store.ts';
import { createSetupToken, setupUrl } from '../auth/setup-tokens.ts';
import { signInState } from '../auth/throttle.ts';
import {
  createUser,
  EmailInUseError,
  findUserById,
  setUserBoards,
  userView,
} from '../auth/users.ts';
import { problem } from '../http/problem.ts';

const Email = z
  .string()
  .trim()
  .max(320, 'The email address must be 320 characters or fewer')
  .email('Enter an email address like name@example.org');
const Name = z.string().trim().max(120, 'The name must be 120 characters or fewer');
const CreateSchema = z.strictObject({
  email: Email,
  name: Name.optional(),
  role: z.enum(ROLES, 'Choose a role'),
  boardIds: z.array(z.number().int().positive()).max(100).default([]),
});
const UpdateSchema = z.strictObject({
  name: Name.nullable().optional(),
  role: z.enum(ROLES, 'Choose a role').optional(),
  boardIds: z.array(z.number().int().positive()).max(100).optional(),
});
const Empty = z.strictObject({});
const admin = requireRole('admin');
const me = (c: Context<SignedInEnv>) => (c.var.auth as AuthContext).user;

/** From configuration only (never the request's Host header, which the sender chooses). */
const publicBase = (c: Context<SignedInEnv>) => c.var.deps.config.linkBase;

async function checkBoards(c: Context<SignedInEnv>, role: string, boardIds: number[]) {
  if (role === 'admin') return null;
  if (boardIds.length === 0) {
    return problem(c, {
      status: 422,
      title: 'Choose a Board',
      errors: [
        {
          field: 'boardIds',
          pointer: '#/boardIds',
          detail: 'Choose at least one Board for this person',
        },
      ],
    });
  }
  const found = await c.var.deps.db
    .selectFrom('board')
    .select('id')
    .where('id', 'in', boardIds)
    .execute();
  if (found.length !== new Set(boardIds).size) {
    return problem(c, {
      status: 422,
      title: 'Unknown Board',
      errors: [
        { field: 'boardIds', pointer: '#/boardIds', detail: 'One of these Boards does not exist' },
      ],
    });
  }
  return null;
}

async function auditUser(
  c: Context<SignedInEnv>,
  action: string,
  userId: number,
  detail?: Record<string, unknown>,
) {
  await recordAudit(c.var.deps.db, {
    actor: me(c).id,
    action,
    objectType: 'user',
    objectId: userId,
    address: c.var.address,
    detail,
    at: c.var.deps.now(),
  });
}

/** A user as admins see them: with their sign-in delay and any attack alert (decision 0063). */
async function staffView(c: Context<SignedInEnv>, user: UserRow) {
  return { ...(await userView(c.var.deps.db, user)), signIn: signInState(c.var.deps, user) };
}

async function targetUser(c: Context<SignedInEnv>) {
  const id = idParam(c, 'id');
  return id === undefined ? undefined : findUserById(c.var.deps.db, id);
}

async function setDisabled(c: Context<SignedInEnv>, disabled: boolean) {
  const body = await readJson(c, Empty);
  if (!body.ok) return body.response;
  const user = await targetUser(c);
  if (!user) return notFound(c, 'User not found');
  if (disabled && user.id === me(c).id)
    return conflict(c, 'You cannot disable yourself', 'Ask another admin.');
  const { db, now } = c.var.deps;
  await db
    .updateTable('user')
    .set({ disabled: disabled ? 1 : 0, updated_at: now().toISOString() })
    .where('id', '=', user.id)
    .execute();
  if (disabled) await endUserSessions(db, user.id);
  await auditUser(c, disabled ? 'user.disabled' : 'user.enabled', user.id);
  return c.json(await userView(db, (await findUserById(db, user.id)) ?? user));
}

/** Staff accounts (admins only). */
export const adminUserRoutes = new Hono<AdminEnv>()
  .get('/admin/api/users', admin, async (c) => {
    const { db } = c.var.deps;
    const page = Math.max(1, Number(c.req.query('page') ?? 1) || 1);
    const pageSize = Math.min(100, Math.max(1, Number(c.req.query('pageSize') ?? 25) || 25));
    const { total } = await db
      .selectFrom('user')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const rows = await db
      .selectFrom('user')
      .selectAll()
      .orderBy('email')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    const items = [];
    for (const row of rows) items.push(await staffView(c, row));
    // Every account under attack, whichever page it is on: the users page shows them as a notice.
    const everyone = await db.selectFrom('user').select(['id', 'email']).orderBy('email').execute();
    const underAttack = everyone
      .map((u) => ({ ...u, signIn: signInState(c.var.deps, u) }))
      .filter((u) => u.signIn.underAttack)
      .map((u) => ({ id: u.id, email: u.email, waitSeconds: u.signIn.waitSeconds }));
    return c.json({ items, page, pageSize, total: Number(total), underAttack });
  })

  .post('/admin/api/users', admin, async (c) => {
    const body = await readJson(c, CreateSchema);
    if (!body.ok) return body.response;
    const input = body.data;
    const boardProblem = await checkBoards(c, input.role, input.boardIds);
    if (boardProblem) return boardProblem;
    const { db, now } = c.var.deps;
    try {
      const user = await createUser(db, { ...input, passwordHash: null, now: now() });
      const token = await createSetupToken(db, { userId: user.id, now: now() });
      await auditUser(c, 'user.created', user.id, { role: input.role, boardIds: input.boardIds });
      return c.json(
        { user: await userView(db, user), setupUrl: setupUrl(publicBase(c), token) },
        201,
      );
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
  })

  .get('/admin/api/users/:id', admin, async (c) => {
    const user = await targetUser(c);
    if (!user) return notFound(c, 'User not found');
    return c.json(await staffView(c, user));
  })

  .put('/admin/api/users/:id', admin, async (c) => {
    const body = await readJson(c, UpdateSchema);
    if (!body.ok) return body.response;
    const user = await targetUser(c);
    if (!user) return notFound(c, 'User not found');
    const input = body.data;
    if (input.role && input.role !== user.role && user.id === me(c).id) {
      return conflict(c, 'You cannot change your own role', 'Ask another admin.');
    }
    const role = input.role ?? user.role;
    const { db, now } = c.var.deps;
    const currentBoards = (
      await db.selectFrom('user_board').select('board_id').where('user_id', '=', user.id).execute()
    ).map((r) => r.board_id);
    const boardIds = input.boardIds ?? currentBoards;
    const boardProblem = await checkBoards(c, role, boardIds);
    if (boardProblem) return boardProblem;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('user')
        .set({
          role,
          ...(input.name !== undefined ? { name: input.name || null } : {}),
          updated_at: now().toISOString(),
        })
        .where('id', '=', user.id)
        .execute();
      await setUserBoards(trx, user.id, role === 'admin' ? [] : boardIds);
    });
    // A change of role or Boards applies at once: their sessions end.
    if (role !== user.role || input.boardIds)
      await endUserSessions(
        db,
        user.id,
        user.id === me(c).id ? (c.var.auth as AuthContext).session.id_hash : undefined,
      );
    await auditUser(c, 'user.updated', user.id, {
      role,
      boardIds: role === 'admin' ? [] : boardIds,
    });
    return c.json(await userView(db, (await findUserById(db, user.id)) ?? user));
  })

  .post('/admin/api/users/:id/disable', admin, (c) => setDisabled(c, true))
  .post('/admin/api/users/:id/enable', admin, (c) => setDisabled(c, false))

  .post('/admin/api/users/:id/setup-link', admin, async (c) => {
    const body = await readJson(c, Empty);
    if (!body.ok) return body.response;
    const user = await targetUser(c);
    if (!user) return notFound(c, 'User not found');
    const token = await createSetupToken(c.var.deps.db, { userId: user.id, now: c.var.deps.now() });
    await auditUser(c, 'user.setup_link', user.id);
    return c.json({ setupUrl: setupUrl(publicBase(c), token) });
  })

  /**
   * Lifts the sign-in delay on an account (after an attack, or when the person is stuck on a new
   * device). The audited event is what lifts it: the throttle applies every `user.unlocked` it
   * finds, whether written here or by `npm run heard -- user unlock` (decision 0063).
   */
  .post('/admin/api/users/:id/unlock', admin, async (c) => {
    const body = await readJson(c, Empty);
    if (!body.ok) return body.response;
    const user = await targetUser(c);
    if (!user) return notFound(c, 'User not found');
    await auditUser(c, 'user.unlocked', user.id);
    return c.json(await staffView(c, user));
  })

  .post('/admin/api/users/:id/reset-totp', admin, async (c) => {
    const body = await readJson(c, Empty);
    if (!body.ok) return body.response;
    const user = await targetUser(c);
    if (!user) return notFound(c, 'User not found');
    const { db, now } = c.var.deps;
    await db
      .updateTable('user')
      .set({
        totp_enabled: 0,
        totp_secret_sealed: null,
        totp_pending_sealed: null,
        updated_at: now().toISOString(),
      })
      .where('id', '=', user.id)
      .execute();
    await endUserSessions(db, user.id);
    await auditUser(c, 'user.totp_reset', user.id);
    return c.json(await userView(db, (await findUserById(db, user.id)) ?? user));
  });
