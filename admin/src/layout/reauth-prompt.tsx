import { useEffect, useRef, useState } from 'preact/hooks';
import { api, setReauthHandler } from '../api/client.ts';
import type { ApiError } from '../api/problem.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { TextInput } from '../components/fields.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { useFormAction } from '../components/use-form-action.ts';
import { useSession } from '../session/session.tsx';

type Pending = { resolve: (ok: boolean) => void; reason: string };

/**
 * Asks for the password (and an authenticator code when 2FA is on) when the API wants fresh
 * proof before a sensitive action, then lets the original request go ahead. A modal <dialog>
 * keeps focus inside it and returns focus to where the person was (WCAG 2.4.3).
 */
export function ReauthPrompt() {
  const { user } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [usingCode, setUsingCode] = useState(false);
  const form = useFormAction();
  const { errors, busy } = form;
  const method = user?.totpEnabled && usingCode ? 'code' : 'password';

  useEffect(() => {
    setReauthHandler(
      (error: ApiError) =>
        new Promise<boolean>((resolve) => {
          setPassword('');
          setCode('');
          form.clear();
          setPending({ resolve, reason: error.detail ?? 'Confirm it is you to carry on.' });
        }),
    );
    return () => setReauthHandler(null);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (pending && !d.open) d.showModal();
    if (!pending && d.open) d.close();
  }, [pending]);

  const finish = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (method === 'password' && !password) local['reauth-password'] = 'Enter your password';
    if (method === 'code' && !/^\d{6}$/.test(code.replace(/[\s-]/g, '')))
      local['reauth-code'] = 'Enter the 6-digit code from your authenticator app';
    if (form.invalid(local)) return;
    await form.run(
      async () => {
        await api.post(
          '/session/reauth',
          method === 'password' ? { password } : { code: code.replace(/[\s-]/g, '') },
        );
        finish(true);
      },
      { password: 'reauth-password', code: 'reauth-code' },
    );
  };

  return (
    <dialog
      ref={dialog}
      class="heard-dialog"
      aria-labelledby="reauth-title"
      onCancel={(e) => {
        e.preventDefault();
        finish(false);
      }}
    >
      {pending && (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={summaryOf(errors, ['reauth-password', 'reauth-code'])} />
          <h2 class="govuk-heading-m" id="reauth-title">
            Confirm it is you
          </h2>
          <p class="govuk-body">{pending.reason}</p>
          {method === 'password' ? (
            <TextInput
              id="reauth-password"
              label="Password"
              type="password"
              autocomplete="current-password"
              value={password}
              onValue={setPassword}
              error={errors.fields['reauth-password']}
              spellcheck={false}
            />
          ) : (
            <TextInput
              id="reauth-code"
              label="Code from your authenticator app"
              autocomplete="one-time-code"
              inputMode="numeric"
              width="5"
              value={code}
              onValue={setCode}
              error={errors.fields['reauth-code']}
              spellcheck={false}
            />
          )}
          {user?.totpEnabled && (
            <p class="govuk-body">
              <button
                type="button"
                class="heard-link-button govuk-link"
                onClick={() => {
                  setUsingCode(!usingCode);
                  form.clear();
                }}
              >
                {usingCode
                  ? 'Use your password instead'
                  : 'Use a code from your authenticator app instead'}
              </button>
            </p>
          )}
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button" disabled={busy}>
              Continue
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => finish(false)}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
