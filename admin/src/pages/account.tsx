import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../api/client.ts';
import { ROLE_LABELS } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { Page } from '../components/page.tsx';
import { PasswordInput } from '../components/password-input.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useSession } from '../session/session.tsx';

/** Your account: who you are, sign out (here or everywhere), password and two-factor sign-in. */
export default function Account() {
  const { user, signOut, refresh } = useSession();
  const { route } = useLocation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;
  const [digest, setDigest] = useState<boolean | null>(null);
  if (!user) return null;
  const digestOn = digest ?? user.dailyDigest;

  const saveDigest = async (event: Event) => {
    event.preventDefault();
    await form.run(async () => {
      await api.put('/account/daily-digest', { dailyDigest: digestOn });
      await refresh();
      setDigest(null);
      announce(digestOn ? 'You will get the daily summary' : 'The daily summary is off');
    });
  };

  const leave = async (everywhere: boolean) => {
    await form.run(async () => {
      try {
        await signOut(everywhere);
      } catch {
        // The session is cleared on our side either way; the server may already have ended it.
      }
    });
    route('/admin/sign-in?signedOut=1');
  };

  const changePassword = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!current) local['current-password'] = 'Enter your current password';
    if (next.length < 12)
      local['new-password'] = 'Your new password must be at least 12 characters';
    if (form.invalid(local)) return;
    await form.run(
      async () => {
        await api.post('/account/password', { currentPassword: current, newPassword: next });
        setCurrent('');
        setNext('');
        announce('Your password is changed');
      },
      { currentPassword: 'current-password', newPassword: 'new-password' },
    );
  };

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summaryOf(errors, ['current-password', 'new-password'])} />
        <Page title="Your account" hasErrors={hasErrors(errors)}>
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Email</dt>
              <dd class="govuk-summary-list__value heard-wrap">{user.email}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Role</dt>
              <dd class="govuk-summary-list__value">{ROLE_LABELS[user.role]}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Boards</dt>
              <dd class="govuk-summary-list__value">
                {user.boards.map((b) => b.name).join(', ') || 'None'}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Two-factor sign-in</dt>
              <dd class="govuk-summary-list__value">
                {user.totpEnabled ? (
                  'On'
                ) : (
                  <>
                    Off.{' '}
                    <a class="govuk-link" href="/admin/two-factor">
                      Set up two-factor sign-in
                    </a>
                  </>
                )}
              </dd>
            </div>
          </dl>

          <h2 class="govuk-heading-m">Sign out</h2>
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button"
              disabled={busy}
              onClick={() => void leave(false)}
            >
              Sign out
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              disabled={busy}
              onClick={() => void leave(true)}
            >
              Sign out everywhere
            </button>
          </div>
          <p class="govuk-body">
            “Sign out everywhere” ends your sessions on every device, for example a shared computer
            you forgot to sign out of.
          </p>

          {user.role === 'coordinator' && (
            <>
              <h2 class="govuk-heading-m" id="digest-heading">
                Daily summary email
              </h2>
              <form onSubmit={saveDigest} noValidate aria-labelledby="digest-heading">
                <div class="govuk-form-group">
                  <div class="govuk-checkboxes govuk-checkboxes--small">
                    <div class="govuk-checkboxes__item">
                      <input
                        class="govuk-checkboxes__input"
                        id="daily-digest"
                        name="daily-digest"
                        type="checkbox"
                        checked={digestOn}
                        onChange={(e) => setDigest(e.currentTarget.checked)}
                        aria-describedby="daily-digest-hint"
                      />
                      <label class="govuk-label govuk-checkboxes__label" for="daily-digest">
                        Send me a daily summary
                      </label>
                      <div id="daily-digest-hint" class="govuk-hint govuk-checkboxes__hint">
                        On working days at about 8am: how many stories are waiting, past their
                        response time, or held as possible spam on your Boards. Numbers only, and
                        not sent when there is nothing to report.
                      </div>
                    </div>
                  </div>
                </div>
                <button type="submit" class="govuk-button govuk-button--secondary" disabled={busy}>
                  Save summary setting
                </button>
              </form>
            </>
          )}

          <h2 class="govuk-heading-m">Change your password</h2>
          <form onSubmit={changePassword} noValidate aria-label="Change your password">
            <PasswordInput
              id="current-password"
              label="Current password"
              autocomplete="current-password"
              value={current}
              onValue={setCurrent}
              error={errors.fields['current-password']}
            />
            <PasswordInput
              id="new-password"
              label="New password"
              autocomplete="new-password"
              hint="At least 12 characters, not a common password. No rules about mixing letters and symbols."
              value={next}
              onValue={setNext}
              error={errors.fields['new-password']}
            />
            <button type="submit" class="govuk-button govuk-button--secondary" disabled={busy}>
              Change password
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
