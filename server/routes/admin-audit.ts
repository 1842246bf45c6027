import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../admin/admin-env.ts';
import { searchAudit } from '../audit/search.ts';
import { requireRole } from '../auth/require-auth.ts';
import { validate } from '../http/validate.ts';

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
  validate('query', AuditQuery),
  async (c) => {
    const { page, pageSize, ...filters } = c.req.valid('query');
    const found = await searchAudit(c.var.deps.db, filters, { page, pageSize });
    return c.json({ items: found.items, page, pageSize, total: found.total });
  },
);
