import { Hono } from 'hono';
import { z } from 'zod';
import { CONSENT_PURPOSES } from '../../../domain/vocabulary.ts';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { Conflict } from '../../http/errors.ts';
import { validate } from '../../http/validate.ts';
import type { StaffAct } from '../../moderation/acting.ts';
import {
  type WithdrawContext,
  withdrawConsents,
  withdrawStory,
} from '../../withdrawal/withdraw-story.ts';
import { actingStaff } from '../acting-staff.ts';
import { coordinator, freshDetail, ReasonSchema, storyOfPath } from './story-access.ts';

const ConsentWithdrawSchema = z.strictObject({
  purposes: z.array(z.enum(CONSENT_PURPOSES)).min(1, 'Choose at least one use to withdraw'),
  reason: ReasonSchema.shape.reason,
});

/** Who records it, from where and why: the audit record says it was staff, not the person. */
const onBehalf = (act: StaffAct, reason: string): WithdrawContext => ({
  actor: act.userId,
  address: act.address,
  now: act.now,
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
    ...storyOfPath,
    validate('json', ConsentWithdrawSchema),
    async (c) => {
      const { story } = c.var;
      const { purposes, reason } = c.req.valid('json');
      if (story.status === 'withdrawn')
        throw new Conflict('This story was withdrawn', 'Nothing is left to withdraw.');
      await withdrawConsents(c.var.deps.db, story.id, purposes, onBehalf(actingStaff(c), reason));
      return c.json(await freshDetail(c.var.deps, story.id));
    },
  )

  .post(
    '/admin/api/stories/:id/withdraw',
    coordinator,
    ...storyOfPath,
    validate('json', ReasonSchema),
    async (c) => {
      const { story } = c.var;
      if (story.status === 'withdrawn')
        throw new Conflict('This story was already withdrawn', 'Nothing is left to withdraw.');
      await withdrawStory(
        c.var.deps.db,
        story.id,
        onBehalf(actingStaff(c), c.req.valid('json').reason),
      );
      return c.json(await freshDetail(c.var.deps, story.id));
    },
  );
