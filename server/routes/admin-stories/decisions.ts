import { Hono } from 'hono';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { validate } from '../../http/validate.ts';
import { approveStory, rejectStory, reopenStory } from '../../moderation/decisions.ts';
import { actingStaff } from '../acting-staff.ts';
import { coordinator, Empty, freshDetail, ReasonSchema, storyOfPath } from './story-access.ts';

/**
 * Approve (needs a safeguarding check, a saved curated story and a current consent to a use),
 * reject with a reason (an urgent story needs its check first), and reopen a decided story.
 */
export const decisionRoutes = new Hono<AdminEnv>()
  .post(
    '/admin/api/stories/:id/approve',
    coordinator,
    ...storyOfPath,
    validate('json', Empty),
    async (c) => {
      const { story } = c.var;
      await approveStory(c.var.deps.db, story, actingStaff(c));
      return c.json(await freshDetail(c.var.deps, story.id));
    },
  )

  .post(
    '/admin/api/stories/:id/reject',
    coordinator,
    ...storyOfPath,
    validate('json', ReasonSchema),
    async (c) => {
      const { story } = c.var;
      const { deps } = c.var;
      await rejectStory(deps.db, story, c.req.valid('json').reason, actingStaff(c), deps);
      return c.json(await freshDetail(c.var.deps, story.id));
    },
  )

  .post(
    '/admin/api/stories/:id/reopen',
    coordinator,
    ...storyOfPath,
    validate('json', Empty),
    async (c) => {
      const { story } = c.var;
      await reopenStory(c.var.deps.db, story, actingStaff(c));
      return c.json(await freshDetail(c.var.deps, story.id));
    },
  );
