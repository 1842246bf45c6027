import type { Db } from '../../db/client.ts';

export type AuditActor = number | 'public' | 'system';

export type AuditInput = {
  actor: AuditActor;
  action: string;
  objectType?: string | null;
  objectId?: string | number | null;
  boardId?: number | null;
  /** The client address (server/middleware/client-address.ts), or null for the CLI and timers. */
  address?: string | null;
  /** Codes, ids and counts only: never story text, contact details, passwords or references. */
  detail?: Record<string, unknown>;
  at: Date;
};

/**
 * Appends one event to the audit log. Pass the transaction (`db`) the change itself runs in, so
 * the change and its record commit together or not at all. The table refuses UPDATE and DELETE.
 */
export async function recordAudit(db: Db, event: AuditInput): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      at: event.at.toISOString(),
      actor: String(event.actor),
      action: event.action,
      object_type: event.objectType ?? null,
      object_id:
        event.objectId === undefined || event.objectId === null ? null : String(event.objectId),
      board_id: event.boardId ?? null,
      address: event.address ?? null,
      detail: JSON.stringify(event.detail ?? {}),
    })
    .execute();
}
