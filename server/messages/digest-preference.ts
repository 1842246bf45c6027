import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/record.ts';
import type { StaffAct } from '../moderation/acting.ts';

/** Turns the person's own daily digest on or off, audited in the same transaction (issue 13). */
export async function setDailyDigest(db: Db, on: boolean, act: StaffAct): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user')
      .set({ daily_digest: on ? 1 : 0, updated_at: act.now.toISOString() })
      .where('id', '=', act.userId)
      .execute();
    await recordAudit(trx, {
      actor: act.userId,
      action: on ? 'user.daily_digest_on' : 'user.daily_digest_off',
      objectType: 'user',
      objectId: act.userId,
      address: act.address,
      at: act.now,
    });
  });
}
