import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AdminEnv, SignedInEnv } from '../admin/admin-env.ts';
import { clearSessionCookie, setSessionCookie } from '../admin/session-cookie.ts';
import { sessionView } from '../admin/session-view.ts';
import type { AccountStep } from '../auth/attempts.ts';
import { issueDeviceCookie, trustedDevice } from '../auth/device-cookie.ts';
import { changePassword, confirmTotp, disableTotp, startTotp } from '../auth/own-account.ts';
import {
  requireCodeAwaited,
  requireCodeEntered,
  requireSession,
  requireSignedIn,
  requireTwoFactorOptional,
} from '../auth/require-auth.ts';
import { reauthenticate, signInWithCode, signInWithPassword, signOut } from '../auth/sign-in.ts';
import { validate } from '../http/validate.ts';

const SignInSchema = z.strictObject({
  email: z.string().max(320, 'Enter an email address of 320 characters or fewer'),
  password: z.string().max(1024, 'Enter a password of 1,024 characters or fewer'),
});
const CodeSchema = z.strictObject({
  code: z
    .string()
    .regex(/^\s*\d{3}\s?\d{3}\s*$/, 'Enter the 6-digit code from your authenticator app'),
});
const ReauthSchema = z.union([
  z.strictObject({ password: z.string().min(1, 'Enter your password').max(1024) }),
  CodeSchema,
]);
const TotpStartSchema = z.strictObject({
  password: z.string().max(1024).optional(),
  code: CodeSchema.shape.code.optional(),
});
const PasswordChangeSchema = z.strictObject({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(4096),
});

/**
 * The person taking a step after their password, from this address, with this browser's device
 * cookie when it was issued for their account (counted apart from others: decision 0063).
 */
const stepOf = (c: Context<SignedInEnv>): AccountStep => ({
  auth: c.var.auth,
  address: c.var.address,
  device: trustedDevice(c, c.var.deps, c.var.auth.user.email),
});

/** Sign-in, second factor, re-authentication, sign-out, and the person's own password and 2FA. */
export const adminSessionRoutes = new Hono<AdminEnv>()
  .get('/admin/api/session', requireSession(), async (c) =>
    c.json(await sessionView(c.var.deps, c.var.auth.user, c.var.auth.session)),
  )

  .post('/admin/api/session', validate('json', SignInSchema), async (c) => {
    const { deps } = c.var;
    const { email, password } = c.req.valid('json');
    const { user, session } = await signInWithPassword(deps, {
      email,
      password,
      address: c.var.address,
      device: trustedDevice(c, deps, email),
      previous: c.var.auth?.session,
    });
    setSessionCookie(c, deps, session.id);
    if (session.row.state === 'signed_in') issueDeviceCookie(c, deps, user.email);
    return c.json(await sessionView(deps, user, session.row));
  })

  .post(
    '/admin/api/session/totp',
    requireSession(),
    requireCodeAwaited(),
    validate('json', CodeSchema),
    async (c) => {
      const { deps } = c.var;
      const { user, session } = await signInWithCode(deps, stepOf(c), c.req.valid('json').code);
      setSessionCookie(c, deps, session.id);
      issueDeviceCookie(c, deps, user.email);
      return c.json(await sessionView(deps, user, session.row));
    },
  )

  .post(
    '/admin/api/session/reauth',
    requireSignedIn(),
    validate('json', ReauthSchema),
    async (c) => {
      const { deps } = c.var;
      const session = await reauthenticate(deps, stepOf(c), c.req.valid('json'));
      return c.json(await sessionView(deps, c.var.auth.user, session));
    },
  )

  .post('/admin/api/session/sign-out', requireSession(), async (c) => {
    await signOut(c.var.deps, c.var.auth, { address: c.var.address, everywhere: false });
    clearSessionCookie(c, c.var.deps);
    return c.body(null, 204);
  })

  .post('/admin/api/session/sign-out-everywhere', requireSession(), async (c) => {
    await signOut(c.var.deps, c.var.auth, { address: c.var.address, everywhere: true });
    clearSessionCookie(c, c.var.deps);
    return c.body(null, 204);
  })

  .post(
    '/admin/api/account/password',
    requireSignedIn(),
    validate('json', PasswordChangeSchema),
    async (c) => {
      await changePassword(c.var.deps, stepOf(c), c.req.valid('json'));
      return c.body(null, 204);
    },
  )

  /**
   * A new authenticator secret. Straight after a password sign-in on a Heard that requires 2FA
   * nothing more is asked; otherwise the request must carry the password, and the current code
   * when 2FA is already on, so a session cannot enrol or swap in an authenticator of its own
   * (decision 0064).
   */
  .post(
    '/admin/api/account/totp/start',
    requireSession(),
    requireCodeEntered(),
    validate('json', TotpStartSchema),
    async (c) => c.json(await startTotp(c.var.deps, stepOf(c), c.req.valid('json'))),
  )

  /** Proves the new secret with one of its codes and turns it on; other sessions end. */
  .post(
    '/admin/api/account/totp/confirm',
    requireSession(),
    requireCodeEntered(),
    validate('json', CodeSchema),
    async (c) => {
      const { deps } = c.var;
      const { user, session, signingIn } = await confirmTotp(
        deps,
        stepOf(c),
        c.req.valid('json').code,
      );
      setSessionCookie(c, deps, session.id);
      if (signingIn) issueDeviceCookie(c, deps, user.email);
      return c.json(await sessionView(deps, user, session.row));
    },
  )

  .post(
    '/admin/api/account/totp/disable',
    requireSignedIn(),
    requireTwoFactorOptional(),
    validate('json', CodeSchema),
    async (c) => {
      await disableTotp(c.var.deps, stepOf(c), c.req.valid('json').code);
      return c.body(null, 204);
    },
  );
