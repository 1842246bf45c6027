import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { UserRow } from '../../db/schema.ts';
import type { AdminEnv, SignedInEnv } from '../admin/admin-env.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRole } from '../auth/require-auth.ts';
import { ROLES } from '../auth/roles.ts';
import { endUserSessions } from '../auth/session-store.ts';
import { createSetupToken, setupUrl } from '../auth/setup-tokens.ts';
import { signInState } from '../auth/throttle.ts';
import { resetTotp } from '../auth/totp-store.ts';
import {
  allUsers,
  checkStaffBoards,
  createUser,
  findUserById,
  linkedBoardIds,
  setUserDisabled,
  updateUser,
  usersPage,
  userView,
} from '../auth/users.ts';
import { Conflict, NotFound } from '../http/errors.ts';
import { ids, validate } from '../http/validate.ts';

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

/** A paging number as the list has always read it: one it cannot use is the default, not a 422. */
const pageNumber = (fallback: number, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((raw) => {
      const value = Array.isArray(raw) ? raw[0] : raw;
      return Math.min(max, Math.max(1, Number(value ?? fallback) || fallback));
    });
const UsersQuery = z.object({
  page: pageNumber(1, Number.POSITIVE_INFINITY),
  pageSize: pageNumber(25, 100),
});

const admin = requireRole('admin');
const userId = validate('param', ids('id'), { notFound: 'User not found' });

/** The user a path names, or 404. */
async function targetUser(db: Db, id: number): Promise<UserRow> {
  const user = await findUserById(db, id);
  if (!user) throw new NotFound('User not found');
  return user;
}

/** An admin's change to an account, audited with who made it and from where. */
async function auditUser(
  c: Context<SignedInEnv>,
  action: string,
  user: UserRow,
  detail?: Record<string, unknown>,
) {
  await recordAudit(c.var.deps.db, {
    actor: c.var.auth.user.id,
    action,
    objectType: 'user',
    objectId: user.id,
    address: c.var.address,
    detail,
    at: c.var.deps.now(),
  });
}

/** A user as admins see them: with their sign-in delay and any attack alert (decision 0063). */
async function staffView(c: Context<SignedInEnv>, user: UserRow) {
  return { ...(await userView(c.var.deps.db, user)), signIn: signInState(c.var.deps, user) };
}

/** The account as it now stands, after a change. */
async function freshView(c: Context<SignedInEnv>, user: UserRow) {
  const { db } = c.var.deps;
  return userView(db, (await findUserById(db, user.id)) ?? user);
}

/** A new one-time set-up link, from configuration only (never the request's Host header). */
async function newSetupLink(c: Context<SignedInEnv>, user: UserRow) {
  const { deps } = c.var;
  const token = await createSetupToken(deps.db, { userId: user.id, now: deps.now() });
  return setupUrl(deps.config.linkBase, token);
}

/** Staff accounts (admins only). */
export const adminUserRoutes = new Hono<AdminEnv>()
  .get('/admin/api/users', admin, validate('query', UsersQuery), async (c) => {
    const { page, pageSize } = c.req.valid('query');
    const { rows, total } = await usersPage(c.var.deps.db, { page, pageSize });
    const items = [];
    for (const row of rows) items.push(await staffView(c, row));
    // Every account under attack, whichever page it is on: the users page shows them as a notice.
    const underAttack = (await allUsers(c.var.deps.db))
      .map((u) => ({ id: u.id, email: u.email, signIn: signInState(c.var.deps, u) }))
      .filter((u) => u.signIn.underAttack)
      .map((u) => ({ id: u.id, email: u.email, waitSeconds: u.signIn.waitSeconds }));
    return c.json({ items, page, pageSize, total, underAttack });
  })

  .post('/admin/api/users', admin, validate('json', CreateSchema), async (c) => {
    const input = c.req.valid('json');
    const { db, now } = c.var.deps;
    await checkStaffBoards(db, input.role, input.boardIds);
    // createUser throws EmailInUseError (409) for an address that already has an account.
    const user = await createUser(db, { ...input, passwordHash: null, now: now() });
    const link = await newSetupLink(c, user);
    await auditUser(c, 'user.created', user, { role: input.role, boardIds: input.boardIds });
    return c.json({ user: await userView(db, user), setupUrl: link }, 201);
  })

  .get('/admin/api/users/:id', admin, userId, async (c) =>
    c.json(await staffView(c, await targetUser(c.var.deps.db, c.req.valid('param').id))),
  )

  .put('/admin/api/users/:id', admin, validate('json', UpdateSchema), userId, async (c) => {
    const input = c.req.valid('json');
    const user = await targetUser(c.var.deps.db, c.req.valid('param').id);
    const me = c.var.auth;
    if (input.role && input.role !== user.role && user.id === me.user.id) {
      throw new Conflict('You cannot change your own role', 'Ask another admin.');
    }
    const { db, now } = c.var.deps;
    const role = input.role ?? user.role;
    const boardIds = input.boardIds ?? (await linkedBoardIds(db, user.id));
    await checkStaffBoards(db, role, boardIds);
    await updateUser(db, user.id, { role, name: input.name, boardIds, now: now() });
    // A change of role or Boards applies at once: their sessions end (not the admin's own).
    if (role !== user.role || input.boardIds) {
      await endUserSessions(db, user.id, user.id === me.user.id ? me.session.id_hash : undefined);
    }
    await auditUser(c, 'user.updated', user, {
      role,
      boardIds: role === 'admin' ? [] : boardIds,
    });
    return c.json(await freshView(c, user));
  })

  .post('/admin/api/users/:id/disable', admin, validate('json', Empty), userId, async (c) => {
    const user = await targetUser(c.var.deps.db, c.req.valid('param').id);
    if (user.id === c.var.auth.user.id) {
      throw new Conflict('You cannot disable yourself', 'Ask another admin.');
    }
    const { db, now } = c.var.deps;
    await setUserDisabled(db, user.id, true, now());
    await endUserSessions(db, user.id);
    await auditUser(c, 'user.disabled', user);
    return c.json(await freshView(c, user));
  })

  .post('/admin/api/users/:id/enable', admin, validate('json', Empty), userId, async (c) => {
    const user = await targetUser(c.var.deps.db, c.req.valid('param').id);
    const { db, now } = c.var.deps;
    await setUserDisabled(db, user.id, false, now());
    await auditUser(c, 'user.enabled', user);
    return c.json(await freshView(c, user));
  })

  .post('/admin/api/users/:id/setup-link', admin, validate('json', Empty), userId, async (c) => {
    const user = await targetUser(c.var.deps.db, c.req.valid('param').id);
    const link = await newSetupLink(c, user);
    await auditUser(c, 'user.setup_link', user);
    return c.json({ setupUrl: link });
  })

  /**
   * Lifts the sign-in delay on an account (after an attack, or when the person is stuck on a new
   * device). The audited event is what lifts it: the throttle applies every `user.unlocked` it
   * finds, whether written here or by `npm run heard -- user unlock` (decision 0063).
   */
  .post('/admin/api/users/:id/unlock', admin, validate('json', Empty), userId, async (c) => {
    const user = await targetUser(c.var.deps.db, c.req.valid('param').id);
    await auditUser(c, 'user.unlocked', user);
    return c.json(await staffView(c, user));
  })

  .post('/admin/api/users/:id/reset-totp', admin, validate('json', Empty), userId, async (c) => {
    const user = await targetUser(c.var.deps.db, c.req.valid('param').id);
    const { db, now } = c.var.deps;
    await resetTotp(db, user.id, now());
    await endUserSessions(db, user.id);
    await auditUser(c, 'user.totp_reset', user);
    return c.json(await freshView(c, user));
  });
