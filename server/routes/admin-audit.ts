import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../admin/admin-env.ts';
import { requireRole } from '../auth/require-auth.ts';
import { problem } from '../http/problem.ts';

const AuditQuery = z.object({
  action: z.string().max(80).optional(),
  actor: z
    .string()
    .regex(/^(\d{1,15}|public|system)$/, 'A user id, "public" or "system"')
    .optional(),
  objectType: z.string().max(40).optional(),
  objectId: z.string().max(40).optional(),
  board: z.coerce.number().int().positive().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

/** The audit log, read-only and for admins only: there is no route that changes it. */
export const adminAuditRoutes = new Hono<AdminEnv>().get(
  '/admin/api/audit',
  requireRole('admin'),
  async (c) => {
    const parsed = AuditQuery.safeParse(c.req.query());
    if (!parsed.success) {
      return problem(c, {
        status: 422,
        title: 'Some filters need checking',
        errors: parsed.error.issues.map((i) => ({
          field: i.path.join('.'),
          pointer: `#/${i.path.join('/')}`,
          detail: i.message,
        })),
      });
    }
    const q = parsed.data;
    const { db } = c.var.deps;
    let query = db.selectFrom('audit_event');
    if (q.action) query = query.where('action', '=', q.action);
    if (q.actor) query = query.where('actor', '=', q.actor);
    if (q.objectType) query = query.where('object_type', '=', q.objectType);
    if (q.objectId) query = query.where('object_id', '=', q.objectId);
    if (q.board) query = query.where('board_id', '=', q.board);
    if (q.from) query = query.where('at', '>=', new Date(q.from).toISOString());
    if (q.to) query = query.where('at', '<=', new Date(q.to).toISOString());
    const { total } = await query
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const rows = await query
      .leftJoin('user', (join) =>
        join.on((eb) => eb(eb.cast('user.id', 'text'), '=', eb.ref('audit_event.actor'))),
      )
      .selectAll('audit_event')
      .select('user.email as actor_email')
      .orderBy('audit_event.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return c.json({
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        actorEmail: r.actor_email ?? null,
        action: r.action,
        objectType: r.object_type,
        objectId: r.object_id,
        boardId: r.board_id,
        address: r.address,
        detail: JSON.parse(r.detail) as unknown,
      })),
      page: q.page,
      pageSize: q.pageSize,
      total: Number(total),
    });
  },
);
