import { Hono } from 'hono';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { conflict } from '../../admin/read-json.ts';
import { problem } from '../../http/problem.ts';
import { curatedInputProblems, curatedTagRows } from '../../moderation/curated-checks.ts';
import { CuratedInputSchema } from '../../moderation/curated-input.ts';
import { auditStory, auth, coordinator, detailResponse, storyAction } from './story-access.ts';

/**
 * Saves the curated story (title, summary, anonymised text, redactions, quotes, tags), kept
 * apart from the original. Saving again clears any approval: it must be approved afresh.
 */
export const curationRoutes = new Hono<AdminEnv>().put(
  '/admin/api/stories/:id/curated',
  coordinator,
  storyAction(CuratedInputSchema, async (c, story, body) => {
    if (!['new', 'in_review'].includes(story.status)) {
      return conflict(
        c,
        'This story cannot be edited now',
        story.status === 'quarantined'
          ? 'Take the story first: it is marked as suspected spam.'
          : `It is ${story.status}. Reopen it first to change the curated story.`,
      );
    }
    const { db, now } = c.var.deps;
    const input = body;
    const errors = await curatedInputProblems(db, story, input, now());
    if (errors.length > 0) {
      return problem(c, {
        status: 422,
        title: 'Some entries need checking',
        detail: 'The curated story was not saved.',
        errors,
      });
    }
    const at = now().toISOString();
    await db.transaction().execute(async (trx) => {
      const row = {
        board_id: story.board_id,
        title: input.title,
        summary: input.summary,
        text: input.text,
        redactions: JSON.stringify(input.redactions),
        quotes: JSON.stringify(input.quotes),
        updated_by: auth(c).user.id,
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
      await auditStory(
        c,
        story,
        'story.curated_saved',
        {
          redactions: input.redactions.length,
          suggested: input.redactions.filter((r) => r.source === 'suggested').length,
          quotes: input.quotes.length,
          tags: tags.length,
        },
        trx,
      );
    });
    return detailResponse(c, story.id);
  }),
);
