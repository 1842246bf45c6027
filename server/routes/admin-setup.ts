import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv } from '../admin/admin-env.ts';
import { setSessionCookie } from '../admin/session-cookie.ts';
import { sessionView } from '../admin/session-view.ts';
import { completeSetup, openSetupLink } from '../auth/account-setup.ts';
import { validate } from '../http/validate.ts';

const TokenSchema = z.strictObject({ token: z.string().max(200) });
const SetupSchema = z.strictObject({
  token: z.string().max(200),
  password: z.string().max(4096),
  email: z
    .string()
    .trim()
    .max(320)
    .email('Enter an email address like name@example.org')
    .optional(),
});

/** One-time set-up links: the first admin (bootstrap) and new staff choosing their password. */
export const adminSetupRoutes = new Hono<AdminEnv>()
  .post('/admin/api/setup/inspect', validate('json', TokenSchema), async (c) => {
    const { db, now } = c.var.deps;
    const link = await openSetupLink(db, c.req.valid('json').token, now());
    return c.json({ kind: link.kind, email: link.user?.email ?? null });
  })

  .post('/admin/api/setup', validate('json', SetupSchema), async (c) => {
    const { deps } = c.var;
    const { user, session } = await completeSetup(deps, {
      ...c.req.valid('json'),
      address: c.var.address,
    });
    setSessionCookie(c, deps, session.id);
    return c.json(await sessionView(deps, user, session.row));
  });
