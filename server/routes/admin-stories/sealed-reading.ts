import { Hono } from 'hono';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { conflict, notFound } from '../../admin/read-json.ts';
import { requireRecentAuth } from '../../auth/require-auth.ts';
import { auditStory, coordinator, ReasonSchema, storyAction } from './story-access.ts';

/**
 * Opening what is sealed: the person's own words and their contact details. Each needs a reason
 * and a recent sign-in (428 otherwise), and is audited before anything leaves the server, so no
 * opening goes unrecorded (issue 4). Nothing opened here is stored anywhere else.
 */
export const sealedReadingRoutes = new Hono<AdminEnv>()
  .post(
    '/admin/api/stories/:id/original',
    coordinator,
    requireRecentAuth(),
    storyAction(ReasonSchema, async (c, story, body) => {
      if (story.status === 'withdrawn' || story.story_sealed === null) {
        return conflict(
          c,
          'The original text has been deleted',
          'The person withdrew their story, so its text no longer exists.',
        );
      }
      const { sealer } = c.var.deps;
      await auditStory(c, story, 'story.original_opened', { reason: body.reason });
      return c.json({
        story: sealer.openOptional(story.story_sealed, 'story.story'),
        wantedOutcome: sealer.openOptional(story.wanted_outcome_sealed, 'story.wanted_outcome'),
        helpedMost: sealer.openOptional(story.helped_most_sealed, 'story.helped_most'),
        shouldChange: sealer.openOptional(story.should_change_sealed, 'story.should_change'),
      });
    }),
  )

  .post(
    '/admin/api/stories/:id/contact',
    coordinator,
    requireRecentAuth(),
    storyAction(ReasonSchema, async (c, story, body) => {
      const { db, sealer } = c.var.deps;
      const contact = await db
        .selectFrom('contact')
        .selectAll()
        .where('story_id', '=', story.id)
        .executeTakeFirst();
      if (!contact) return notFound(c, 'No contact details');
      await auditStory(c, story, 'story.contact_opened', { reason: body.reason });
      return c.json({
        method: contact.method,
        name: sealer.openOptional(contact.name_sealed, 'contact.name'),
        email: sealer.openOptional(contact.email_sealed, 'contact.email'),
        phone: sealer.openOptional(contact.phone_sealed, 'contact.phone'),
        safeToLeaveMessage: contact.safe_to_leave_message === 1,
      });
    }),
  );
