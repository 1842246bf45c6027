import type { Context } from 'hono';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import type { StoryRow } from '../../../db/schema.ts';
import type { AuthContext, SignedInEnv } from '../../admin/admin-env.ts';
import { idParam, notFound, readJson } from '../../admin/read-json.ts';
import { recordAudit } from '../../audit/record.ts';
import { requireRole } from '../../auth/require-auth.ts';
import { storyDetail } from '../../moderation/story-view.ts';

/** What every coordinator story route shares: who may call it, which story, how it answers. */

export const coordinator = requireRole('coordinator');
export const auth = (c: Context<SignedInEnv>) => c.var.auth as AuthContext;

export const ReasonSchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(3, 'Say why, in a few words')
    .max(500, 'Keep the reason to 500 characters or fewer'),
});
export const Empty = z.strictObject({});

/** The story if it belongs to one of the user's Boards; otherwise undefined (a 404: no leak). */
export async function accessibleStory(c: Context<SignedInEnv>): Promise<StoryRow | undefined> {
  const id = idParam(c, 'id');
  if (id === undefined) return undefined;
  const { boardIds } = auth(c);
  if (boardIds.length === 0) return undefined;
  return c.var.deps.db
    .selectFrom('story')
    .selectAll()
    .where('id', '=', id)
    .where('board_id', 'in', boardIds)
    .executeTakeFirst();
}

/** Every change answers with the story as it now stands, read fresh after the write. */
export async function detailResponse(c: Context<SignedInEnv>, storyId: number) {
  const { deps } = c.var;
  const story = await deps.db
    .selectFrom('story')
    .selectAll()
    .where('id', '=', storyId)
    .executeTakeFirstOrThrow();
  return c.json(await storyDetail(deps.db, deps.sealer, story, deps.now()));
}

/**
 * Records what the signed-in coordinator did to a story. Pass the transaction (`trx`) when the
 * change is made in one, so the change and its audit record commit or fail together.
 */
export const auditStory = (
  c: Context<SignedInEnv>,
  story: StoryRow,
  action: string,
  detail?: Record<string, unknown>,
  db: Db = c.var.deps.db,
) =>
  recordAudit(db, {
    actor: auth(c).user.id,
    action,
    objectType: 'story',
    objectId: story.id,
    boardId: story.board_id,
    address: c.var.address,
    detail,
    at: c.var.deps.now(),
  });

/** Whether any safeguarding check has been recorded on the story. */
export async function hasSafeguardingCheck(db: Db, storyId: number): Promise<boolean> {
  const check = await db
    .selectFrom('safeguarding_check')
    .select('id')
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  return check !== undefined;
}

/**
 * A coordinator's action on one story: finds the story on one of their Boards (404 otherwise,
 * before the body is read, so nothing about other Boards leaks), validates the JSON body, then
 * runs `act` with both.
 */
export function storyAction<S extends z.ZodType>(
  schema: S,
  act: (c: Context<SignedInEnv>, story: StoryRow, body: z.output<S>) => Promise<Response>,
) {
  return async (c: Context<SignedInEnv>) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, schema);
    if (!body.ok) return body.response;
    return act(c, story, body.data);
  };
}
