import { Hono } from 'hono';
import { z } from 'zod';
import { CONSENT_PURPOSES } from '../../../domain/vocabulary.ts';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { conflict, notFound, readJson } from '../../admin/read-json.ts';
import { withdrawConsents, withdrawStory } from '../../withdrawal/withdraw-story.ts';
import {
  accessibleStory,
  auth,
  coordinator,
  detailResponse,
  ReasonSchema,
} from './story-access.ts';

const ConsentWithdrawSchema = z.strictObject({
  purposes: z.array(z.enum(CONSENT_PURPOSES)).min(1, 'Choose at least one use to withdraw'),
  reason: ReasonSchema.shape.reason,
});

/**
 * Withdrawal recorded by staff on the person's behalf (they phoned or wrote): the same effect as
 * the public /withdraw page, with the staff member and their reason in the audit log.
 */
export const withdrawalRoutes = new Hono<AdminEnv>()
  .post('/admin/api/stories/:id/consents/withdraw', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, ConsentWithdrawSchema);
    if (!body.ok) return body.response;
    if (story.status === 'withdrawn')
      return conflict(c, 'This story was withdrawn', 'Nothing is left to withdraw.');
    const { db, now } = c.var.deps;
    await withdrawConsents(db, story.id, body.data.purposes, {
      actor: auth(c).user.id,
      address: c.var.address,
      now: now(),
      via: 'staff',
      reason: body.data.reason,
    });
    return detailResponse(c, story.id);
  })

  .post('/admin/api/stories/:id/withdraw', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, ReasonSchema);
    if (!body.ok) return body.response;
    if (story.status === 'withdrawn')
      return conflict(c, 'This story was already withdrawn', 'Nothing is left to withdraw.');
    const { db, now } = c.var.deps;
    await withdrawStory(db, story.id, {
      actor: auth(c).user.id,
      address: c.var.address,
      now: now(),
      via: 'staff',
      reason: body.data.reason,
    });
    return detailResponse(c, story.id);
  });
