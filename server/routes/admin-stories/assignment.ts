import { Hono } from 'hono';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { validate } from '../../http/validate.ts';
import { assignStory, unassignStory } from '../../moderation/assignment.ts';
import { actingStaff } from '../acting-staff.ts';
import { coordinator, Empty, freshDetail, storyOfPath } from './story-access.ts';

/** "Assign to me" (which takes a new or quarantined story into review) and unassign. */
export const assignmentRoutes = new Hono<AdminEnv>()
  .post(
    '/admin/api/stories/:id/assign',
    coordinator,
    ...storyOfPath,
    validate('json', Empty),
    async (c) => {
      const { story } = c.var;
      await assignStory(c.var.deps.db, story, actingStaff(c));
      return c.json(await freshDetail(c.var.deps, story.id));
    },
  )

  .post(
    '/admin/api/stories/:id/unassign',
    coordinator,
    ...storyOfPath,
    validate('json', Empty),
    async (c) => {
      const { story } = c.var;
      await unassignStory(c.var.deps.db, story, actingStaff(c));
      return c.json(await freshDetail(c.var.deps, story.id));
    },
  );
