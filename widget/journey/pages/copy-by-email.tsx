import { useMemo, useRef, useState } from 'preact/hooks';
import { looksLikeEmail } from '../../../domain/journey-flow.ts';
import type { MessageKey } from '../../../domain/messages.ts';
import { useT } from '../catalogue-context.ts';
import { ErrorMessage, ErrorSummary, errorId, fieldId } from '../components/error-summary.tsx';
import { type CopyResult, sendCopy } from '../send-copy.ts';

const FIELD = 'copyEmail';

const ERROR_KEYS: Partial<Record<CopyResult, MessageKey>> = {
  bad_address: 'contact.errorEmail',
  already_sent: 'done.copyErrorAlready',
  too_late: 'done.copyErrorTooLate',
  failed: 'done.copyErrorFailed',
};

/**
 * "Email me a copy": one address, typed here, sent once. The address lives in this component's
 * state until the server accepts it, then is dropped; the browser is asked not to remember it
 * (`autocomplete="off"`) because someone else may use this device.
 */
export function CopyByEmail(props: {
  reference: string;
  language: string;
  announce: (text: string) => void;
}) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  // Counts failed tries, so the summary takes focus again after each one (GOV.UK pattern).
  const [tries, setTries] = useState(0);
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const done = useRef<HTMLParagraphElement>(null);
  // One array per error, not per render: the summary takes focus whenever its list changes.
  const errors = useMemo(() => (error ? [{ field: FIELD, text: error }] : []), [error, tries]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (state === 'sending') return;
    if (!looksLikeEmail(email)) {
      setTries((n) => n + 1);
      setError(t('contact.errorEmail'));
      return;
    }
    setError(undefined);
    setState('sending');
    props.announce(t('done.copySending'));
    const result = await sendCopy({
      reference: props.reference,
      email: email.trim(),
      language: props.language,
    });
    if (result === 'sent') {
      setEmail('');
      setState('sent');
      // The form (and the focused button) goes; focus the message that replaces it.
      window.setTimeout(() => done.current?.focus(), 0);
      return;
    }
    setState('idle');
    setTries((n) => n + 1);
    setError(t(ERROR_KEYS[result] ?? 'done.copyErrorFailed'));
  };

  const id = fieldId(FIELD);
  return (
    <section class="hj-copy" aria-labelledby="hj-copy-title" data-testid="copy-by-email">
      <h2 class="hj-heading-m" id="hj-copy-title">
        {t('done.copyHeading')}
      </h2>
      {state === 'sent' ? (
        <p class="hj-body hj-inset" tabIndex={-1} ref={done} data-testid="copy-sent">
          {t('done.copySent')}
        </p>
      ) : (
        <form class="hj-form" noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary errors={errors} />
          <div class={`hj-form-group${error ? ' hj-form-group--error' : ''}`}>
            <label class="hj-label hj-label--s" for={id}>
              {t('contact.emailLabel')}
            </label>
            <div class="hj-hint" id={`${id}-hint`}>
              {t('done.copyHint')}
            </div>
            <ErrorMessage name={FIELD} text={error} />
            <input
              class={`hj-input${error ? ' hj-input--error' : ''}`}
              id={id}
              name={FIELD}
              type="email"
              autocomplete="off"
              spellcheck={false}
              value={email}
              aria-describedby={`${id}-hint${error ? ` ${errorId(FIELD)}` : ''}`}
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          </div>
          {state === 'sending' ? (
            <div class="hj-inset hj-status" data-testid="copy-status">
              {t('done.copySending')}
            </div>
          ) : null}
          <button
            type="submit"
            class="hj-button"
            aria-disabled={state === 'sending' ? 'true' : undefined}
          >
            {t('done.copySend')}
          </button>
        </form>
      )}
    </section>
  );
}
