import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../api/client.ts';
import type { SessionInfo } from '../api/types.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { Page } from '../components/page.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { homeFor } from '../routes.ts';
import { useSession } from '../session/session.tsx';

/**
 * Only same-app paths may be a `next` target (no open redirect). Anything the browser would
 * rewrite on the way (dot segments, backslashes, tabs) is refused, as are encoded slashes and
 * dots, so `/admin/../..//evil.example` cannot leave the admin app.
 */
export function safeNext(next: string | undefined): string | null {
  if (!next?.startsWith('/admin/')) return null;
  let url: URL;
  try {
    url = new URL(next, 'https://heard.invalid');
  } catch {
    return null;
  }
  const path = url.pathname;
  if (url.origin !== 'https://heard.invalid' || `${path}${url.search}${url.hash}` !== next)
    return null;
  if (path.includes('//') || /%2f|%5c|%2e/i.test(path)) return null;
  if (path.startsWith('/admin/sign-in') || path.startsWith('/admin/api')) return null;
  return next;
}

/**
 * Sign in with email and password, then the authenticator code when the account has 2FA.
 * WCAG 3.3.8: no puzzles, paste allowed, and autocomplete so password managers fill it in.
 */
export default function SignIn() {
  const { user, accept } = useSession();
  const { path, query, route } = useLocation();
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;
  const heading = useRef<HTMLDivElement>(null);

  const done = (session: SessionInfo) => {
    accept(session);
    if (session.state === 'totp_enrolment_required') {
      route('/admin/two-factor?required=1');
      return;
    }
    const role = session.user?.role;
    route(safeNext(query.next) ?? (role ? homeFor(role) : '/admin'));
  };

  useEffect(() => {
    // Only while this page is the one shown: after sign-in the next page may still be loading
    // with this one on screen, and sending the person home then would drop their `next`.
    if (user && step === 'password' && path === '/admin/sign-in')
      route(safeNext(query.next) ?? homeFor(user.role), true);
  }, [user]);

  useEffect(() => {
    if (step === 'code') heading.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [step]);

  const submitPassword = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!email.trim()) local.email = 'Enter your email address';
    if (!password) local.password = 'Enter your password';
    if (form.invalid(local)) return;
    await form.run(async () => {
      const session = await api.post<SessionInfo>(
        '/session',
        { email: email.trim(), password },
        { quietSignOut: true },
      );
      if (session.state === 'totp_required') {
        // The half-signed-in session carries the CSRF token the code step needs.
        accept(session);
        setStep('code');
        setPassword('');
      } else done(session);
    });
  };

  const submitCode = async (event: Event) => {
    event.preventDefault();
    const clean = code.replace(/[\s-]/g, '');
    if (!/^\d{6}$/.test(clean)) {
      form.invalid({ code: 'Enter the 6-digit code from your authenticator app' });
      return;
    }
    await form.run(async () => {
      done(await api.post<SessionInfo>('/session/totp', { code: clean }, { quietSignOut: true }));
    });
  };

  if (step === 'code') {
    return (
      <div class="govuk-grid-row" ref={heading}>
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summaryOf(errors, ['code'])} />
          <Page title="Enter the code from your authenticator app" hasErrors={hasErrors(errors)}>
            <form onSubmit={submitCode} noValidate>
              <TextInput
                id="code"
                label="Code"
                hint="Open the authenticator app you set up for Heard. The code changes every 30 seconds."
                value={code}
                onValue={setCode}
                autocomplete="one-time-code"
                inputMode="numeric"
                width="5"
                spellcheck={false}
                error={errors.fields.code}
              />
              <button type="submit" class="govuk-button" disabled={busy}>
                Sign in
              </button>
            </form>
            <p class="govuk-body">
              If you cannot use your authenticator app, ask an admin for your Board to reset your
              two-factor sign-in.
            </p>
          </Page>
        </div>
      </div>
    );
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summaryOf(errors, ['email', 'password'])} />
        <Page title="Sign in to Heard" hasErrors={hasErrors(errors)}>
          <p class="govuk-body">For forum coordinators, Board secretaries and admins.</p>
          <form onSubmit={submitPassword} noValidate>
            <TextInput
              id="email"
              label="Email address"
              type="email"
              autocomplete="username"
              spellcheck={false}
              value={email}
              onValue={setEmail}
              error={errors.fields.email}
            />
            <TextInput
              id="password"
              label="Password"
              type="password"
              autocomplete="current-password"
              value={password}
              onValue={setPassword}
              error={errors.fields.password}
            />
            <button type="submit" class="govuk-button" disabled={busy}>
              Continue
            </button>
          </form>
          <p class="govuk-body">
            Forgotten your password? Ask an admin for your Board to send you a new set-up link.
          </p>
        </Page>
      </div>
    </div>
  );
}
