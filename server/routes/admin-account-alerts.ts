import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../admin/admin-env.ts';
import { requireSignedIn } from '../auth/require-auth.ts';
import { validate } from '../http/validate.ts';
import { setDailyDigest } from '../messages/digest-preference.ts';
import { actingStaff } from './acting-staff.ts';

const DigestSchema = z.strictObject({
  dailyDigest: z.boolean({ error: 'Choose whether you want the daily summary' }),
});

/** The person's own alert preferences (issue 13): the daily digest. */
export const adminAccountAlertRoutes = new Hono<AdminEnv>().put(
  '/admin/api/account/daily-digest',
  requireSignedIn(),
  validate('json', DigestSchema),
  async (c) => {
    const { dailyDigest } = c.req.valid('json');
    await setDailyDigest(c.var.deps.db, dailyDigest, actingStaff(c));
    return c.json({ dailyDigest });
  },
);
