import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import { recordAudit } from '../audit/record.ts';

/** Who does a piece of moderation work, from which address and when: what its audit says. */
export type StaffAct = { userId: number; address: string; now: Date };

/**
 * Records what a staff member did to a story. Pass the transaction (`db`) the change is made in,
 * so the change and its audit record commit or fail together.
 */
export const auditStory = (
  db: Db,
  story: Pick<StoryRow, 'id' | 'board_id'>,
  action: string,
  act: StaffAct,
  detail?: Record<string, unknown>,
) =>
  recordAudit(db, {
    actor: act.userId,
    action,
    objectType: 'story',
    objectId: story.id,
    boardId: story.board_id,
    address: act.address,
    detail,
    at: act.now,
  });
