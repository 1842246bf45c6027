import { Hono } from 'hono';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { validate } from '../../http/validate.ts';
import { CuratedInputSchema } from '../../moderation/curated-input.ts';
import { saveCuratedStory } from '../../moderation/curation.ts';
import { actingStaff } from '../acting-staff.ts';
import { coordinator, freshDetail, storyOfPath } from './story-access.ts';

/**
 * Saves the curated story (title, summary, anonymised text, redactions, quotes, tags), kept
 * apart from the original. Saving again clears any approval: it must be approved afresh.
 */
export const curationRoutes = new Hono<AdminEnv>().put(
  '/admin/api/stories/:id/curated',
  coordinator,
  ...storyOfPath,
  validate('json', CuratedInputSchema),
  async (c) => {
    const { story } = c.var;
    await saveCuratedStory(c.var.deps.db, story, c.req.valid('json'), actingStaff(c));
    return c.json(await freshDetail(c.var.deps, story.id));
  },
);
