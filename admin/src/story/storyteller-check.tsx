import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { StoryDetail } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Radios, Textarea } from '../components/fields.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { formatDateTime } from '../components/format.ts';
import { useFormAction } from '../components/use-form-action.ts';

const KINDS = [
  { value: 'checked', label: 'I checked the story with them' },
  {
    value: 'not_reached',
    label: 'I could not reach them',
    hint: 'After at least two attempts on different days',
  },
];

const METHODS: Record<string, string> = {
  phone: 'Phone',
  email: 'Email',
  in_person: 'In person',
  letter: 'Letter',
  advocate: 'Through an advocate',
  other: 'Another way',
};

type DateParts = { day: string; month: string; year: string };
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** YYYY-MM-DD from day, month and year, or null when they do not make a real date. */
function isoOf(d: DateParts): string | null {
  const [day, month, year] = [Number(d.day), Number(d.month), Number(d.year)];
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 2000 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const readable = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The GOV.UK date input: day, month and year; the day's input carries the id errors link to. */
function DateField(props: {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onValue: (v: DateParts) => void;
  error?: string | undefined;
}) {
  const { id, legend, hint, value, onValue, error } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  const part = (key: keyof DateParts, label: string, width: string) => (
    <div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label
          class="govuk-label govuk-date-input__label"
          for={key === 'day' ? id : `${id}-${key}`}
        >
          {label}
        </label>
        <input
          class={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
          id={key === 'day' ? id : `${id}-${key}`}
          name={`${id}-${key}`}
          type="text"
          inputMode="numeric"
          value={value[key]}
          onInput={(e) => onValue({ ...value, [key]: e.currentTarget.value })}
          aria-invalid={error ? 'true' : undefined}
        />
      </div>
    </div>
  );
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        class="govuk-fieldset"
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} class="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={`${id}-error`} class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div class="govuk-date-input">
          {part('day', 'Day', '2')}
          {part('month', 'Month', '2')}
          {part('year', 'Year', '4')}
        </div>
      </fieldset>
    </div>
  );
}

export type StorytellerCheckProps = {
  story: StoryDetail;
  onSaved: (story: StoryDetail) => void;
  disabled: boolean;
};

const ORDER = [
  'sc-kind',
  'sc-happened',
  'sc-method',
  'sc-note',
  'sc-attempt1',
  'sc-attempt2',
  'sc-decision',
];

/**
 * "Check it with me first" (issue 13): shown at the top of the story page when the person asked
 * to check their story before it is used. The server refuses approval until this is recorded.
 */
export function StorytellerCheck({ story, onSaved, disabled }: StorytellerCheckProps) {
  const [kind, setKind] = useState('');
  const [happened, setHappened] = useState<DateParts>(EMPTY_DATE);
  const [method, setMethod] = useState('');
  const [note, setNote] = useState('');
  const [attempt1, setAttempt1] = useState<DateParts>(EMPTY_DATE);
  const [attempt2, setAttempt2] = useState<DateParts>(EMPTY_DATE);
  const [decision, setDecision] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;
  const { required, recorded } = story.storytellerCheck;
  if (!required && !recorded) return null;

  const submit = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!kind) local['sc-kind'] = 'Select whether you checked the story with the person';
    const happenedOn = isoOf(happened);
    if (!happenedOn)
      local['sc-happened'] =
        kind === 'not_reached'
          ? 'Enter the date of the decision, for example 27 3 2026'
          : 'Enter the date you checked the story, for example 27 3 2026';
    if (!method) local['sc-method'] = 'Select how you contacted the person';
    if (kind === 'checked' && !note.trim()) local['sc-note'] = 'Enter what the person said';
    const attempts = [isoOf(attempt1), isoOf(attempt2)];
    if (kind === 'not_reached') {
      if (!attempts[0])
        local['sc-attempt1'] = 'Enter the date of the first attempt, for example 27 3 2026';
      if (!attempts[1])
        local['sc-attempt2'] = 'Enter the date of the second attempt, for example 27 3 2026';
      if (!decision.trim()) local['sc-decision'] = 'Enter what was decided';
    }
    if (note.length > 2000) local['sc-note'] = 'What they said must be 2,000 characters or fewer';
    if (decision.length > 2000)
      local['sc-decision'] = 'What was decided must be 2,000 characters or fewer';
    if (form.invalid(local)) return;
    await form.run(
      async () => {
        const body: Record<string, unknown> = { kind, happenedOn, method };
        if (note.trim()) body.note = note.trim();
        if (kind === 'not_reached') {
          body.attempts = attempts;
          body.decision = decision.trim();
        }
        const updated = await api.post<StoryDetail>(`/stories/${story.id}/storyteller-check`, body);
        setKind('');
        setHappened(EMPTY_DATE);
        setMethod('');
        setNote('');
        setAttempt1(EMPTY_DATE);
        setAttempt2(EMPTY_DATE);
        setDecision('');
        onSaved(updated);
        announce('Check with the person recorded');
      },
      {
        kind: 'sc-kind',
        happenedOn: 'sc-happened',
        method: 'sc-method',
        note: 'sc-note',
        attempts: 'sc-attempt1',
        'attempts.0': 'sc-attempt1',
        'attempts.1': 'sc-attempt2',
        decision: 'sc-decision',
      },
    );
  };

  return (
    <section aria-labelledby="storyteller-check-heading">
      <h2 class="govuk-heading-m" id="storyteller-check-heading">
        Check with the person
      </h2>
      {recorded ? (
        <div class="govuk-inset-text" data-testid="storyteller-check-summary">
          <p class="govuk-body">
            <strong>
              {recorded.kind === 'checked'
                ? `Checked with the person on ${readable(recorded.happenedOn)}`
                : `Could not reach the person; decided on ${readable(recorded.happenedOn)}`}
            </strong>{' '}
            ({METHODS[recorded.method] ?? recorded.method}).
            {recorded.attempts.length > 0 &&
              ` Attempts: ${recorded.attempts.map(readable).join(', ')}.`}{' '}
            Recorded on {formatDateTime(recorded.recordedAt)}.
          </p>
        </div>
      ) : (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            The person asked to check their story before it is used. It cannot be approved until you
            record that you checked it with them, or that you could not reach them.
          </strong>
        </div>
      )}
      {!disabled && !recorded && (
        <form onSubmit={submit} noValidate aria-labelledby="storyteller-check-heading">
          <ErrorSummary errors={summaryOf(errors, ORDER)} />
          <Radios
            id="sc-kind"
            legend="Did you check the story with them?"
            legendClass="govuk-fieldset__legend--s"
            options={KINDS}
            value={kind}
            onValue={setKind}
            error={errors.fields['sc-kind']}
          />
          <DateField
            id="sc-happened"
            legend={kind === 'not_reached' ? 'Date of the decision' : 'Date you checked it'}
            hint="For example, 27 3 2026"
            value={happened}
            onValue={setHappened}
            error={errors.fields['sc-happened']}
          />
          <Radios
            id="sc-method"
            legend="How did you contact them?"
            legendClass="govuk-fieldset__legend--s"
            small
            options={Object.entries(METHODS).map(([value, label]) => ({ value, label }))}
            value={method}
            onValue={setMethod}
            error={errors.fields['sc-method']}
          />
          {kind === 'not_reached' && (
            <>
              <DateField
                id="sc-attempt1"
                legend="Date of the first attempt"
                hint="For example, 20 3 2026"
                value={attempt1}
                onValue={setAttempt1}
                error={errors.fields['sc-attempt1']}
              />
              <DateField
                id="sc-attempt2"
                legend="Date of the second attempt"
                hint="For example, 24 3 2026"
                value={attempt2}
                onValue={setAttempt2}
                error={errors.fields['sc-attempt2']}
              />
            </>
          )}
          <Textarea
            id="sc-note"
            label={kind === 'checked' ? 'What did they say?' : 'What did they say? (optional)'}
            hint="For example, what they asked you to change or leave out. This is kept sealed."
            value={note}
            onValue={setNote}
            error={errors.fields['sc-note']}
            rows={3}
          />
          {kind === 'not_reached' && (
            <Textarea
              id="sc-decision"
              label="What was decided?"
              hint="For example, which uses you agreed and who agreed them. This is kept sealed."
              value={decision}
              onValue={setDecision}
              error={errors.fields['sc-decision']}
              rows={3}
            />
          )}
          <button type="submit" class="govuk-button" disabled={busy}>
            Record the check
          </button>
        </form>
      )}
    </section>
  );
}
