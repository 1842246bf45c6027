import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { CONSENT_PURPOSES } from '../../../domain/vocabulary.ts';
import type { AdminEnv, SignedInEnv } from '../../admin/admin-env.ts';
import { conflict } from '../../admin/read-json.ts';
import {
  type WithdrawContext,
  withdrawConsents,
  withdrawStory,
} from '../../withdrawal/withdraw-story.ts';
import { auth, coordinator, detailResponse, ReasonSchema, storyAction } from './story-access.ts';

const ConsentWithdrawSchema = z.strictObject({
  purposes: z.array(z.enum(CONSENT_PURPOSES)).min(1, 'Choose at least one use to withdraw'),
  reason: ReasonSchema.shape.reason,
});

/** Who records it, from where and why: the audit record says it was staff, not the person. */
const onBehalf = (c: Context<SignedInEnv>, reason: string): WithdrawContext => ({
  actor: auth(c).user.id,
  address: c.var.address,
  now: c.var.deps.now(),
  via: 'staff',
  reason,
});

/**
 * Withdrawal recorded by staff on the person's behalf (they phoned or wrote): the same effect as
 * the public /withdraw page, with the staff member and their reason in the audit log.
 */
export const withdrawalRoutes = new Hono<AdminEnv>()
  .post(
    '/admin/api/stories/:id/consents/withdraw',
    coordinator,
    storyAction(ConsentWithdrawSchema, async (c, story, body) => {
      if (story.status === 'withdrawn')
        return conflict(c, 'This story was withdrawn', 'Nothing is left to withdraw.');
      await withdrawConsents(c.var.deps.db, story.id, body.purposes, onBehalf(c, body.reason));
      return detailResponse(c, story.id);
    }),
  )

  .post(
    '/admin/api/stories/:id/withdraw',
    coordinator,
    storyAction(ReasonSchema, async (c, story, body) => {
      if (story.status === 'withdrawn')
        return conflict(c, 'This story was already withdrawn', 'Nothing is left to withdraw.');
      await withdrawStory(c.var.deps.db, story.id, onBehalf(c, body.reason));
      return detailResponse(c, story.id);
    }),
  );
