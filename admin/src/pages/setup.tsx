import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../api/client.ts';
import type { SessionInfo, SetupLink } from '../api/types.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { PasswordInput } from '../components/password-input.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import { homeFor, type RoutePageProps } from '../routes.ts';
import { useSession } from '../session/session.tsx';

/**
 * The one-time set-up link: choose a password (NIST 800-63B: length and a common-password
 * check, no composition rules). The token is taken from the address and then removed from it,
 * so it does not stay in the browser history.
 */
export default function Setup({ query }: RoutePageProps) {
  const { route } = useLocation();
  const { accept } = useSession();
  const [token] = useState(query.token ?? '');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;

  useEffect(() => {
    if (query.token) window.history.replaceState(null, '', '/admin/setup');
  }, []);

  const link = useLoad(
    (signal) =>
      token
        ? api.post<SetupLink>('/setup/inspect', { token }, { signal, quietSignOut: true })
        : Promise.reject(new Error('no token')),
    [token],
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (link.data?.kind === 'bootstrap' && !email.trim())
      local['setup-email'] = 'Enter your email address';
    if (password.length < 12)
      local['setup-password'] = 'Your password must be at least 12 characters';
    if (form.invalid(local)) return;
    await form.run(
      async () => {
        const s = await api.post<SessionInfo>(
          '/setup',
          { token, password, ...(link.data?.kind === 'bootstrap' ? { email: email.trim() } : {}) },
          { quietSignOut: true },
        );
        accept(s);
        route(s.state === 'totp_enrolment_required' ? '/admin/two-factor' : homeFor(s.user.role));
      },
      { password: 'setup-password', email: 'setup-email' },
    );
  };

  if (!token || link.error) {
    return (
      <Page title="This set-up link does not work">
        {link.error && link.error.status !== 404 && <LoadError error={link.error} />}
        <p class="govuk-body">
          The link may have been used already, or it is more than 72 hours old. Ask an admin for
          your Board to send you a new one.
        </p>
      </Page>
    );
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summaryOf(errors, ['setup-email', 'setup-password'])} />
        <Page title="Set up your Heard account" hasErrors={hasErrors(errors)}>
          {!link.data && (
            <p class="govuk-body" aria-busy="true">
              Checking your link…
            </p>
          )}
          {link.data && (
            <form onSubmit={submit} noValidate>
              {link.data.kind === 'bootstrap' ? (
                <TextInput
                  id="setup-email"
                  label="Your email address"
                  hint="You will be the first admin. You sign in with this."
                  type="email"
                  autocomplete="username"
                  spellcheck={false}
                  value={email}
                  onValue={setEmail}
                  error={errors.fields['setup-email']}
                />
              ) : (
                <p class="govuk-body">
                  Account: <strong class="heard-wrap">{link.data.email}</strong>
                </p>
              )}
              <h2 class="govuk-heading-s">Choose a password</h2>
              <ul class="govuk-list govuk-list--bullet" id="password-rules">
                <li>
                  at least 12 characters – a few unrelated words together are easy to remember and
                  hard to guess
                </li>
                <li>
                  any letters, numbers, spaces or symbols: there are no rules about mixing them
                </li>
                <li>not a common password, and not your email address</li>
              </ul>
              <PasswordInput
                id="setup-password"
                label="Password"
                autocomplete="new-password"
                hint="You can paste a password from a password manager."
                value={password}
                onValue={setPassword}
                error={errors.fields['setup-password']}
              />
              <button type="submit" class="govuk-button" disabled={busy}>
                Save password and continue
              </button>
            </form>
          )}
        </Page>
      </div>
    </div>
  );
}
