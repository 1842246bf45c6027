import type { Db } from '../../db/client.ts';
import type { PartnerRow } from '../../db/schema.ts';
import type { PartnerKind } from './site-admin.ts';

/** Partners (councils, NHS trusts, Healthwatch…) whose websites are sites. */

export async function listPartners(db: Db): Promise<PartnerRow[]> {
  return db.selectFrom('partner').selectAll().orderBy('name').execute();
}

export async function findPartner(db: Db, id: number): Promise<PartnerRow | undefined> {
  return db.selectFrom('partner').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The first partner of this name, ignoring case (the name as trimmed by the site rules). */
export async function findPartnerByName(db: Db, name: string): Promise<PartnerRow | undefined> {
  return db
    .selectFrom('partner')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .orderBy('id')
    .executeTakeFirst();
}

export async function insertPartner(
  db: Db,
  partner: { name: string; kind: PartnerKind },
  now: Date,
): Promise<PartnerRow> {
  return db
    .insertInto('partner')
    .values({ name: partner.name, kind: partner.kind, created_at: now.toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Changes a partner's name or kind; nothing when neither is given. */
export async function updatePartner(
  db: Db,
  id: number,
  change: { name?: string; kind?: PartnerKind },
): Promise<void> {
  if (Object.keys(change).length === 0) return;
  await db.updateTable('partner').set(change).where('id', '=', id).execute();
}
