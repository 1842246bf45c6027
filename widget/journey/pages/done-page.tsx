import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { answerRows } from '../../../domain/answer-summary.ts';
import type { Answers } from '../../../domain/journey-flow.ts';
import { useT } from '../catalogue-context.ts';
import { Say } from '../i18n/say.tsx';
import { Heading } from './heading.tsx';

export type DonePageProps = {
  reference: string;
  urgent: boolean;
  /** The person asked us to contact them (check first, getting involved). */
  contactAsked: boolean;
  /**
   * The answers as sent, kept in memory only for the printable copy; quick exit forgets them
   * with everything else (app.tsx). Nothing is written to the device.
   */
  answers: Answers;
  /** Working hours within which an urgent story is read (the Board's setting, issue 13). */
  responseHours: number;
  language: string;
  announce: (text: string) => void;
};

/**
 * docs/domain.md step 16: the reference, what happens next and when, when information may be
 * passed on, support; and ways to keep a copy (issue 13): print (only the parts marked
 * `hj-print` print, journey.css) or one email to an address typed here.
 */
type CopyForm = ComponentType<{
  reference: string;
  language: string;
  announce: (text: string) => void;
}>;

/**
 * "Email me a copy" is its own chunk, fetched when this page shows: the journey's first load
 * stays within budget. If it cannot be fetched (a lost connection), the reference and "Print this
 * page" are still here.
 */
function useCopyForm(): CopyForm | undefined {
  const [form, setForm] = useState<CopyForm>();
  useEffect(() => {
    import('./copy-by-email.tsx').then((m) => setForm(() => m.CopyByEmail)).catch(() => {});
  }, []);
  return form;
}

export function DonePage(props: DonePageProps) {
  const CopyByEmail = useCopyForm();
  const { reference, urgent, contactAsked, answers, responseHours } = props;
  const t = useT();
  // The answers are folded away (someone may be looking over a shoulder) but always printed.
  const [answersOpen, setAnswersOpen] = useState(false);
  useEffect(() => {
    const open = () => setAnswersOpen(true);
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  const rows = answerRows(t, answers);
  const print = () => {
    setAnswersOpen(true);
    // After Preact has opened the answers, so they are on the printed page.
    window.setTimeout(() => window.print(), 0);
  };
  return (
    <>
      <div class="hj-panel hj-print" data-testid="confirmation">
        <Heading>{t('done.heading')}</Heading>
        <div class="hj-panel__body">
          {t('done.referenceLabel')}
          <br />
          <strong class="hj-reference" data-testid="reference">
            {reference}
          </strong>
        </div>
      </div>
      <p class="hj-body">
        <Say k="done.writeDown" />
      </p>
      <div class="hj-print" data-testid="next-steps">
        <h2 class="hj-heading-m">{t('done.nextHeading')}</h2>
        <ul class="hj-list hj-list--bullet">
          <li>
            {urgent ? (
              <Say k="done.next1UrgentHours" vars={{ count: responseHours }} />
            ) : (
              <Say k="done.next1" />
            )}
          </li>
          <li>
            <Say k="done.next2" />
          </li>
          <li>
            <Say k="done.next3" />
          </li>
          {contactAsked ? <li>{t('done.nextContact')}</li> : null}
        </ul>
      </div>
      <div class="hj-print" data-testid="keep-copy">
        <h2 class="hj-heading-m">{t('done.keepCopyHeading')}</h2>
        <button type="button" class="hj-button hj-button--secondary" onClick={print}>
          {t('done.print')}
        </button>
        {rows.length > 0 ? (
          <details
            class="hj-details"
            open={answersOpen}
            onToggle={(event) => setAnswersOpen(event.currentTarget.open)}
            data-testid="answers-copy"
          >
            <summary class="hj-details__summary">{t('done.answers')}</summary>
            {/* Put in the page only when opened or printed: until then nothing the person
                typed is in the document (someone may read it over their shoulder). */}
            {answersOpen ? (
              <dl class="hj-summary">
                {rows.map((row) => (
                  <div class="hj-summary__row" key={row.key}>
                    <dt class="hj-summary__key">{row.question}</dt>
                    <dd class="hj-summary__value">{row.answer}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </details>
        ) : null}
      </div>
      {CopyByEmail ? (
        <CopyByEmail reference={reference} language={props.language} announce={props.announce} />
      ) : null}
      <h2 class="hj-heading-m">{t('done.passOnHeading')}</h2>
      <p class="hj-body">
        <Say k="done.passOn" />
      </p>
      <p class="hj-body">
        <a class="hj-link" href="/withdraw">
          {t('done.withdraw')}
        </a>
      </p>
      <h2 class="hj-heading-m">{t('done.supportHeading')}</h2>
      <p class="hj-body">
        <Say k="done.support" />
      </p>
    </>
  );
}
