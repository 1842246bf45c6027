import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { StoryDetail } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Radios, Textarea, TextInput } from '../components/fields.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { formatDateTime, personName } from '../components/format.ts';
import { useFormAction } from '../components/use-form-action.ts';
import { CHECK_LABELS, label } from '../labels.ts';

const OUTCOMES = [
  { value: 'no_current_risk', label: CHECK_LABELS.no_current_risk ?? '' },
  {
    value: 'escalated',
    label: CHECK_LABELS.escalated ?? '',
    hint: 'You passed the concern on, for example to a manager or the police',
  },
  { value: 'referred', label: CHECK_LABELS.referred ?? '' },
  { value: 'already_supported', label: CHECK_LABELS.already_supported ?? '' },
];

export type SafeguardingCheckProps = {
  story: StoryDetail;
  onSaved: (story: StoryDetail) => void;
  disabled: boolean;
};

/**
 * The safeguarding check every story needs before approval (and an urgent one before it can
 * leave the queue). Each save appends a new check; the newest counts.
 */
export function SafeguardingCheck({ story, onSaved, disabled }: SafeguardingCheckProps) {
  const [outcome, setOutcome] = useState('');
  const [escalatedTo, setEscalatedTo] = useState('');
  const [note, setNote] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;
  const latest = story.checks[0];

  const submit = async (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!outcome) local['check-outcome'] = 'Select the outcome of your safeguarding check';
    if (outcome === 'escalated' && !escalatedTo.trim())
      local['check-escalatedTo'] = 'Enter who you escalated it to';
    if (outcome === 'escalated' && !note.trim())
      local['check-note'] = 'Enter a note about what you did';
    if (note.length > 2000) local['check-note'] = 'The note must be 2,000 characters or fewer';
    if (form.invalid(local)) return;
    await form.run(
      async () => {
        const body: Record<string, string> = { outcome };
        if (note.trim()) body.note = note.trim();
        if (outcome === 'escalated') body.escalatedTo = escalatedTo.trim();
        const updated = await api.post<StoryDetail>(`/stories/${story.id}/check`, body);
        setOutcome('');
        setNote('');
        setEscalatedTo('');
        onSaved(updated);
        announce(`Safeguarding check recorded: ${label(CHECK_LABELS, outcome)}`);
      },
      { outcome: 'check-outcome', note: 'check-note', escalatedTo: 'check-escalatedTo' },
    );
  };

  const noteField = (
    <Textarea
      id="check-note"
      label={outcome === 'escalated' ? 'Note' : 'Note (optional)'}
      hint="What you did and why. Do not copy the story here."
      value={note}
      onValue={setNote}
      error={errors.fields['check-note']}
      rows={3}
    />
  );

  return (
    <section aria-labelledby="check-heading">
      <h2 class="govuk-heading-m" id="check-heading">
        Safeguarding check
      </h2>
      {latest ? (
        <div class="govuk-inset-text">
          <p class="govuk-body">
            <strong>{label(CHECK_LABELS, latest.outcome)}</strong>
            {latest.escalatedTo && ` to ${latest.escalatedTo}`}. Recorded by{' '}
            {personName(latest.recordedBy)} on {formatDateTime(latest.recordedAt)}.
          </p>
          {latest.note && <p class="govuk-body heard-wrap">Note: {latest.note}</p>}
        </div>
      ) : (
        <p class="govuk-body">
          {story.urgent
            ? 'No check has been recorded yet. This story is urgent: it cannot leave the queue until you record one.'
            : 'No check has been recorded yet. Every story needs one before it is approved.'}
        </p>
      )}
      {!disabled && (
        <form onSubmit={submit} noValidate aria-labelledby="check-heading">
          <ErrorSummary
            errors={summaryOf(errors, ['check-outcome', 'check-escalatedTo', 'check-note'])}
          />
          <Radios
            id="check-outcome"
            legend={latest ? 'Record a new check' : 'What did your check find?'}
            legendClass="govuk-fieldset__legend--s"
            options={OUTCOMES}
            value={outcome}
            onValue={setOutcome}
            error={errors.fields['check-outcome']}
            conditional={{
              escalated: (
                <>
                  <TextInput
                    id="check-escalatedTo"
                    label="Who did you escalate it to?"
                    hint="A role and organisation, for example: duty manager, adult social care"
                    value={escalatedTo}
                    onValue={setEscalatedTo}
                    error={errors.fields['check-escalatedTo']}
                  />
                  {noteField}
                </>
              ),
            }}
          />
          {outcome && outcome !== 'escalated' && noteField}
          <button type="submit" class="govuk-button" disabled={busy}>
            Record safeguarding check
          </button>
        </form>
      )}
    </section>
  );
}
