import type { Db } from '../../db/client.ts';

/** Filters of the audit log; each one given narrows it (times are ISO 8601 with an offset). */
export type AuditFilters = {
  action?: string | undefined;
  actor?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  board?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/**
 * One page of the audit log, newest first, and how many events match in all. Each event comes
 * with the email address of its actor when that is a staff account (`actorEmail`, else null).
 */
export async function searchAudit(
  db: Db,
  filters: AuditFilters,
  page: { page: number; pageSize: number },
) {
  let query = db.selectFrom('audit_event');
  if (filters.action) query = query.where('action', '=', filters.action);
  if (filters.actor) query = query.where('actor', '=', filters.actor);
  if (filters.objectType) query = query.where('object_type', '=', filters.objectType);
  if (filters.objectId) query = query.where('object_id', '=', filters.objectId);
  if (filters.board) query = query.where('board_id', '=', filters.board);
  if (filters.from) query = query.where('at', '>=', new Date(filters.from).toISOString());
  if (filters.to) query = query.where('at', '<=', new Date(filters.to).toISOString());
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
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return {
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
    total: Number(total),
  };
}
