import {
  type Answers,
  consentsOffered,
  type FieldDef,
  fieldApplies,
  type PageDef,
} from '../../../domain/journey-flow.ts';
import type { MessageKey } from '../../../domain/messages.ts';
import { useT } from '../catalogue-context.ts';
import type { ShownError } from '../components/error-summary.tsx';
import { ChoiceField, InputField, TextAreaField } from '../components/fields.tsx';
import { Say } from '../i18n/say.tsx';
import { Heading } from './heading.tsx';

export type QuestionPageProps = {
  page: PageDef;
  answers: Answers;
  errors: ShownError[];
  setAnswer: (name: string, value: string | string[]) => void;
  onContinue: () => void;
  /** Optional questions: leave this one unanswered and go on. */
  onSkip?: (() => void) | undefined;
  announce: (text: string) => void;
};

/**
 * One question per page (GOV.UK). A page with a single question uses the question as its h1
 * (inside the legend or label); pages with several fields (contact details) have their own h1.
 */
export function QuestionPage(props: QuestionPageProps) {
  const { page, answers, errors, setAnswer, onContinue, onSkip, announce } = props;
  const t = useT();
  const errorFor = (name: string) => errors.find((e) => e.field === name)?.text;
  const caption = page.captionKey ? t(page.captionKey, page.captionVars) : undefined;
  const heading = t(page.headingKey);
  const hint = page.hintKey ? t(page.hintKey) : undefined;
  const fields = page.fields.filter((f) => fieldApplies(f, answers));
  const single = page.kind !== 'contact' && fields.length === 1 ? fields[0] : undefined;

  const render = (field: FieldDef, asHeading: boolean) => {
    const common = {
      field,
      value: answers[field.name],
      error: errorFor(field.name),
      onChange: (value: string | string[]) => setAnswer(field.name, value),
      hint: asHeading ? hint : field.hintKey ? t(field.hintKey) : undefined,
      label: field.labelKey ? t(field.labelKey as MessageKey) : heading,
      announce,
    };
    if (field.kind === 'radios' || field.kind === 'checkboxes') {
      return (
        <ChoiceField
          key={field.name}
          {...common}
          heading={
            asHeading ? (
              <h1 class="hj-fieldset__heading" id="hj-heading" tabIndex={-1}>
                {caption ? <span class="hj-caption">{caption}</span> : null}
                {heading}
              </h1>
            ) : undefined
          }
        />
      );
    }
    if (field.kind === 'textarea')
      return <TextAreaField key={field.name} {...common} heading={heading} />;
    return <InputField key={field.name} {...common} />;
  };

  const submit = (event: Event) => {
    event.preventDefault();
    onContinue();
  };

  return (
    <form class="hj-form" noValidate onSubmit={submit}>
      {single ? (
        render(single, true)
      ) : (
        <>
          <Heading caption={caption}>{heading}</Heading>
          {hint && fields.length > 0 ? <p class="hj-hint">{hint}</p> : null}
          {fields.map((f) => render(f, false))}
        </>
      )}
      {page.kind === 'consent' ? (
        <>
          {consentsOffered(answers) ? null : (
            <p class="hj-body hj-inset">
              <Say k="consent.notAsked" />
            </p>
          )}
          <p class="hj-body">
            <Say k="consent.statistics" />
          </p>
          <p class="hj-body">
            <Say k="consent.duration" />
          </p>
        </>
      ) : null}
      <div class="hj-button-group">
        <button type="submit" class="hj-button">
          {t('common.continue')}
        </button>
        {onSkip ? (
          <button type="button" class="hj-button hj-button--secondary" onClick={onSkip}>
            {t('common.skip')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
