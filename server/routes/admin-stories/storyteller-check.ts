import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { validate } from '../../http/validate.ts';
import {
  recordStorytellerCheck,
  STORYTELLER_CHECK_KINDS,
  STORYTELLER_CHECK_METHODS,
} from '../../moderation/storyteller-checks.ts';
import { actingStaff } from '../acting-staff.ts';
import { coordinator, freshDetail, storyOfPath } from './story-access.ts';

const isoDate = (message: string) =>
  z
    .string(message)
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      message,
    );

const CheckSchema = z
  .strictObject({
    kind: z.enum(STORYTELLER_CHECK_KINDS, 'Choose whether you checked the story with the person'),
    happenedOn: isoDate('Enter the date as a real date, for example 2026-12-07'),
    method: z.enum(STORYTELLER_CHECK_METHODS, 'Choose how you contacted the person'),
    note: z
      .string()
      .trim()
      .max(2000, 'What they said must be 2,000 characters or fewer')
      .optional(),
    attempts: z
      .array(isoDate('Enter each attempt as a real date, for example 2026-12-01'))
      .max(10, 'Enter up to 10 attempts')
      .optional(),
    decision: z
      .string()
      .trim()
      .max(2000, 'What was decided must be 2,000 characters or fewer')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'checked' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Enter what the person said' });
    }
    if (v.kind === 'not_reached') {
      if ((v.attempts ?? []).length < 2)
        ctx.addIssue({
          code: 'custom',
          path: ['attempts'],
          message: 'Enter the dates of at least two attempts to reach the person',
        });
      if (!v.decision)
        ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Enter what was decided' });
    }
  });

/** Records checking the story with the person who asked for it (issue 13). Notes are sealed. */
export const storytellerCheckRoutes = new Hono<AdminEnv>().post(
  '/admin/api/stories/:id/storyteller-check',
  coordinator,
  ...storyOfPath,
  validate('json', CheckSchema),
  async (c) => {
    const { db, sealer } = c.var.deps;
    const { story } = c.var;
    await recordStorytellerCheck(db, sealer, story, c.req.valid('json'), actingStaff(c));
    return c.json(await freshDetail(c.var.deps, story.id));
  },
);
