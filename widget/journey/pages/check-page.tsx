import { useRef } from 'preact/hooks';
import { type AnswerRow, answerRows } from '../../../domain/answer-summary.ts';
import type { Answers } from '../../../domain/journey-flow.ts';
import type { MessageKey } from '../../../domain/messages.ts';
import { useT } from '../catalogue-context.ts';
import { ErrorSummary, type ShownError } from '../components/error-summary.tsx';
import { Say } from '../i18n/say.tsx';
import { Heading } from './heading.tsx';

export type SendState = 'idle' | 'sending' | 'retrying' | 'failed' | 'rate_limited' | 'unavailable';

export type CheckPageProps = {
  answers: Answers;
  /** Problems the server found (422), each linking to the page that asks it. */
  serverErrors: ShownError[];
  sendState: SendState;
  onChange: (pageId: string) => void;
  onSend: (website: string) => void;
};

const STATUS_KEYS: Partial<Record<SendState, MessageKey>> = {
  sending: 'check.sending',
  retrying: 'check.retrying',
  failed: 'check.failed',
  rate_limited: 'check.rateLimited',
  unavailable: 'check.failed',
};

/** GOV.UK check answers: every answer with a Change link that returns here afterwards. */
export function CheckPage({ answers, serverErrors, sendState, onChange, onSend }: CheckPageProps) {
  const t = useT();
  const honeypot = useRef<HTMLInputElement>(null);
  const busy = sendState === 'sending' || sendState === 'retrying';
  const statusKey = STATUS_KEYS[sendState];
  const all = answerRows(t, answers);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!busy) onSend(honeypot.current?.value ?? '');
  };
  const summary = (list: AnswerRow[]) => (
    <dl class="hj-summary">
      {list.map((row) => (
        <div class="hj-summary__row" key={row.key}>
          <dt class="hj-summary__key">{row.question}</dt>
          <dd class="hj-summary__value">{row.answer}</dd>
          <dd class="hj-summary__actions">
            <a
              class="hj-link"
              href={`#${row.page.id}`}
              onClick={(event) => {
                event.preventDefault();
                onChange(row.page.id);
              }}
            >
              {t('common.change')}
              <span class="hj-visually-hidden"> {row.question}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
  return (
    <>
      <ErrorSummary
        errors={serverErrors}
        onSelect={(error) => error.href && onChange(error.href.slice(1))}
      />
      <Heading>{t('check.heading')}</Heading>
      <h2 class="hj-heading-m">{t('check.answersHeading')}</h2>
      {summary(all.filter((r) => r.page.kind !== 'consent'))}
      <h2 class="hj-heading-m">{t('check.consentsHeading')}</h2>
      {summary(all.filter((r) => r.page.kind === 'consent'))}
      <form class="hj-form" noValidate onSubmit={submit}>
        <h2 class="hj-heading-m">{t('check.sendHeading')}</h2>
        <p class="hj-body">
          <Say k="check.sendText" />
        </p>
        {/* Honeypot (issue 6): hidden from people and assistive technology; bots fill it in. */}
        <div class="hj-hp" aria-hidden="true">
          <label for="website">{t('form.honeypotLabel')}</label>
          <input
            id="website"
            name="website"
            type="text"
            tabIndex={-1}
            autocomplete="off"
            ref={honeypot}
          />
        </div>
        {statusKey ? (
          <div class="hj-inset hj-status" data-testid="send-status">
            {t(statusKey)}
          </div>
        ) : null}
        <button type="submit" class="hj-button" aria-disabled={busy ? 'true' : undefined}>
          {t('check.send')}
        </button>
      </form>
    </>
  );
}
