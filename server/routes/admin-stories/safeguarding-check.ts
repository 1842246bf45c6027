import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { conflict } from '../../admin/read-json.ts';
import { CHECK_OUTCOMES } from '../../moderation/statuses.ts';
import { auditStory, auth, coordinator, detailResponse, storyAction } from './story-access.ts';

const CheckSchema = z
  .strictObject({
    outcome: z.enum(CHECK_OUTCOMES, 'Choose the outcome of the safeguarding check'),
    note: z.string().trim().max(2000, 'The note must be 2,000 characters or fewer').optional(),
    escalatedTo: z
      .string()
      .trim()
      .max(200, 'Keep "escalated to" to 200 characters or fewer')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'escalated') {
      if (!v.escalatedTo)
        ctx.addIssue({
          code: 'custom',
          path: ['escalatedTo'],
          message: 'Enter who it was escalated to',
        });
      if (!v.note)
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'Enter a note about the escalation',
        });
    }
  });

/** Records a safeguarding check; a new one is appended and the latest counts. Notes are sealed. */
export const safeguardingCheckRoutes = new Hono<AdminEnv>().post(
  '/admin/api/stories/:id/check',
  coordinator,
  storyAction(CheckSchema, async (c, story, body) => {
    if (story.status === 'withdrawn') {
      return conflict(c, 'This story was withdrawn', 'A withdrawn story cannot be changed.');
    }
    const { db, sealer, now } = c.var.deps;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('safeguarding_check')
        .values({
          story_id: story.id,
          outcome: body.outcome,
          escalated_to_sealed: sealer.sealOptional(
            body.escalatedTo,
            'safeguarding_check.escalated_to',
          ),
          note_sealed: sealer.sealOptional(body.note, 'safeguarding_check.note'),
          recorded_by: auth(c).user.id,
          recorded_at: now().toISOString(),
        })
        .execute();
      await auditStory(c, story, 'story.checked', { outcome: body.outcome }, trx);
    });
    return detailResponse(c, story.id);
  }),
);
