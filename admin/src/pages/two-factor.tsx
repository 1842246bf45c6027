import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../api/client.ts';
import type { SessionInfo, TotpStart } from '../api/types.ts';
import { CopyButton } from '../components/copy-button.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { PasswordInput } from '../components/password-input.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import { homeFor } from '../routes.ts';
import { useSession } from '../session/session.tsx';

/** Groups a base32 secret in fours so it can be read out and typed without losing one's place. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Two-factor enrolment: the secret as text (for typing into an authenticator app) and the
 * otpauth link, then a code to prove it works. No QR code: text works with every app and with
 * screen readers (decision 0052).
 */
export default function TwoFactor() {
  const { session, user, accept } = useSession();
  const { route } = useLocation();
  const [code, setCode] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;
  const [password, setPassword] = useState('');
  const [started, setStarted] = useState<{ secret: string; uri: string } | null>(null);
  // Straight after a password sign-in on a Heard that requires 2FA, the password was just proven;
  // otherwise the server asks for it again, so a session left open cannot enrol its own app.
  const justSignedIn = session?.state === 'totp_enrolment_required';

  useEffect(() => {
    if (session === null || session?.state === 'totp_required') route('/admin/sign-in', true);
  }, [session]);

  const firstKey = useLoad(
    (signal) =>
      justSignedIn && !(user?.totpEnabled ?? false)
        ? api.post<TotpStart>('/account/totp/start', {}, { signal })
        : Promise.resolve(undefined),
    [justSignedIn],
  );
  const secret = started ?? firstKey.data;

  const confirmPassword = async (event: Event) => {
    event.preventDefault();
    if (form.invalid(password ? {} : { 'totp-password': 'Enter your password' })) return;
    await form.run(
      async () => {
        setStarted(await api.post<TotpStart>('/account/totp/start', { password }));
        setPassword('');
      },
      { password: 'totp-password' },
    );
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const clean = code.replace(/[\s-]/g, '');
    if (!/^\d{6}$/.test(clean)) {
      form.invalid({ 'totp-code': 'Enter the 6-digit code from your authenticator app' });
      return;
    }
    await form.run(
      async () => {
        const s = await api.post<SessionInfo>('/account/totp/confirm', { code: clean });
        accept(s);
        route(homeFor(s.user.role));
      },
      { code: 'totp-code' },
    );
  };

  if (user?.totpEnabled) {
    return (
      <Page title="Two-factor sign-in is on">
        <p class="govuk-body">You already use an authenticator app to sign in.</p>
      </Page>
    );
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summaryOf(errors, ['totp-password', 'totp-code'])} />
        <Page title="Set up two-factor sign-in" hasErrors={hasErrors(errors)}>
          {session?.state === 'totp_enrolment_required' && (
            <p class="govuk-body">
              This Heard requires everyone to use an authenticator app to sign in.
            </p>
          )}
          {firstKey.error && <LoadError error={firstKey.error} retry={firstKey.reload} />}
          {!justSignedIn && !secret && (
            <form onSubmit={confirmPassword} noValidate>
              <p class="govuk-body">
                To keep your account safe, confirm it is you before adding an authenticator app.
                Your other sessions will end when it is set up.
              </p>
              <PasswordInput
                id="totp-password"
                label="Your password"
                autocomplete="current-password"
                value={password}
                onValue={setPassword}
                error={errors.fields['totp-password']}
              />
              <button type="submit" class="govuk-button" disabled={busy}>
                Continue
              </button>
            </form>
          )}
          {secret && (
            <>
              <ol class="govuk-list govuk-list--number">
                <li>
                  Open an authenticator app on your phone or computer, for example one your
                  organisation provides.
                </li>
                <li>
                  Choose to add an account by typing a key (sometimes called “enter a setup key”).
                </li>
                <li>Enter this key. Spaces do not matter. The code type is time-based.</li>
              </ol>
              <p class="govuk-body">Your key:</p>
              <p class="heard-code" id="totp-secret">
                {groupSecret(secret.secret)}
              </p>
              <CopyButton text={secret.secret} label="Copy the key" />
              <details class="govuk-details">
                <summary class="govuk-details__summary">
                  <span class="govuk-details__summary-text">Use a setup link instead</span>
                </summary>
                <div class="govuk-details__text">
                  <p class="govuk-body">Some apps and password managers accept this link:</p>
                  <p class="heard-code">{secret.uri}</p>
                  <CopyButton text={secret.uri} label="Copy the link" />
                </div>
              </details>
              <form onSubmit={submit} noValidate>
                <TextInput
                  id="totp-code"
                  label="Enter the 6-digit code your app now shows"
                  autocomplete="one-time-code"
                  inputMode="numeric"
                  width="5"
                  spellcheck={false}
                  value={code}
                  onValue={setCode}
                  error={errors.fields['totp-code']}
                />
                <button type="submit" class="govuk-button" disabled={busy}>
                  Turn on two-factor sign-in
                </button>
              </form>
            </>
          )}
        </Page>
      </div>
    </div>
  );
}
