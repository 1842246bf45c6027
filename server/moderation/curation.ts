import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import { Conflict, Unprocessable } from '../http/errors.ts';
import { auditStory, type StaffAct } from './acting.ts';
import { curatedInputProblems, curatedTagRows } from './curated-checks.ts';
import type { CuratedInput } from './curated-input.ts';

/**
 * Saves the curated story (title, summary, anonymised text, redactions, quotes, tags), kept
 * apart from the original. Saving again clears any approval: it must be approved afresh. 409
 * once the story is decided, withdrawn or still quarantined; 422 naming each rule broken beyond
 * the input's shape (curatedInputProblems). A new story goes into review.
 */
export async function saveCuratedStory(
  db: Db,
  story: StoryRow,
  input: CuratedInput,
  act: StaffAct,
): Promise<void> {
  if (!['new', 'in_review'].includes(story.status)) {
    throw new Conflict(
      'This story cannot be edited now',
      story.status === 'quarantined'
        ? 'Take the story first: it is marked as suspected spam.'
        : `It is ${story.status}. Reopen it first to change the curated story.`,
    );
  }
  const errors = await curatedInputProblems(db, story, input, act.now);
  if (errors.length > 0) {
    throw new Unprocessable(
      errors,
      'Some entries need checking',
      'The curated story was not saved.',
    );
  }
  const at = act.now.toISOString();
  await db.transaction().execute(async (trx) => {
    const row = {
      board_id: story.board_id,
      title: input.title,
      summary: input.summary,
      text: input.text,
      redactions: JSON.stringify(input.redactions),
      quotes: JSON.stringify(input.quotes),
      updated_by: act.userId,
      updated_at: at,
      approved_by: null,
      approved_at: null,
    };
    await trx
      .insertInto('curated_story')
      .values({ story_id: story.id, ...row })
      .onConflict((oc) => oc.column('story_id').doUpdateSet(row))
      .execute();
    await trx.deleteFrom('curated_tag').where('story_id', '=', story.id).execute();
    const tags = curatedTagRows(input.tags);
    if (tags.length > 0) {
      await trx
        .insertInto('curated_tag')
        .values(tags.map((t) => ({ story_id: story.id, ...t })))
        .execute();
    }
    if (story.status === 'new') {
      await trx
        .updateTable('story')
        .set({ status: 'in_review', updated_at: at })
        .where('id', '=', story.id)
        .execute();
    }
    await auditStory(trx, story, 'story.curated_saved', act, {
      redactions: input.redactions.length,
      suggested: input.redactions.filter((r) => r.source === 'suggested').length,
      quotes: input.quotes.length,
      tags: tags.length,
    });
  });
}
