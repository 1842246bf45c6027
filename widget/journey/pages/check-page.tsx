import { useRef } from 'preact/hooks';
import {
  type Answers,
  type FieldDef,
  fieldApplies,
  optionKey,
  type PageDef,
  questionPages,
} from '../../../domain/journey-flow.ts';
import type { MessageKey } from '../../../domain/messages.ts';
import { type Translate, useT } from '../catalogue-context.ts';
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

function answerText(t: Translate, field: FieldDef, value: Answers[string]): string {
  if (field.kind === 'checkboxes') {
    const codes = Array.isArray(value) ? value : [];
    return codes.length > 0
      ? codes.map((c) => t(optionKey(field, c))).join('\n')
      : t('check.noneSelected');
  }
  if (typeof value !== 'string' || value.trim() === '') return t('check.notAnswered');
  return field.kind === 'radios' ? t(optionKey(field, value)) : value;
}

export type Row = { key: string; question: string; answer: string; page: PageDef };

/** Every answer as a question and its answer in words (also the confirmation's printable copy). */
export function answerRows(t: Translate, answers: Answers): Row[] {
  const out: Row[] = [];
  for (const page of questionPages(answers)) {
    for (const field of page.fields) {
      if (!fieldApplies(field, answers)) continue;
      if (field.name === 'consents') {
        const granted = Array.isArray(answers.consents) ? answers.consents : [];
        for (const code of field.options ?? []) {
          out.push({
            key: `consents.${code}`,
            question: t(optionKey(field, code)),
            answer: granted.includes(code) ? t('check.consented') : t('check.notConsented'),
            page,
          });
        }
        continue;
      }
      out.push({
        key: field.name,
        question: t((field.labelKey ?? page.headingKey) as MessageKey),
        answer: answerText(t, field, answers[field.name]),
        page,
      });
    }
  }
  return out;
}

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
  const summary = (list: Row[]) => (
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
