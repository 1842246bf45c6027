import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { validate } from '../../http/validate.ts';
import { recordSafeguardingCheck } from '../../moderation/safeguarding-checks.ts';
import { CHECK_OUTCOMES } from '../../moderation/statuses.ts';
import { actingStaff } from '../acting-staff.ts';
import { coordinator, freshDetail, storyOfPath } from './story-access.ts';

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
  ...storyOfPath,
  validate('json', CheckSchema),
  async (c) => {
    const { db, sealer } = c.var.deps;
    const { story } = c.var;
    const check = c.req.valid('json');
    await recordSafeguardingCheck(db, sealer, story, check, actingStaff(c), c.var.deps);
    return c.json(await freshDetail(c.var.deps, story.id));
  },
);
