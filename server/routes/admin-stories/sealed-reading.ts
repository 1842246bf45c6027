import { Hono } from 'hono';
import type { AdminEnv } from '../../admin/admin-env.ts';
import { requireRecentAuth } from '../../auth/require-auth.ts';
import { validate } from '../../http/validate.ts';
import { openContact, openOriginal } from '../../moderation/sealed-reading.ts';
import { actingStaff } from '../acting-staff.ts';
import { coordinator, ReasonSchema, storyOfPath } from './story-access.ts';

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
    ...storyOfPath,
    validate('json', ReasonSchema),
    async (c) => {
      const { db, sealer } = c.var.deps;
      const { reason } = c.req.valid('json');
      return c.json(await openOriginal(db, sealer, c.var.story, reason, actingStaff(c)));
    },
  )

  .post(
    '/admin/api/stories/:id/contact',
    coordinator,
    requireRecentAuth(),
    ...storyOfPath,
    validate('json', ReasonSchema),
    async (c) => {
      const { db, sealer } = c.var.deps;
      const { reason } = c.req.valid('json');
      return c.json(await openContact(db, sealer, c.var.story, reason, actingStaff(c)));
    },
  );
