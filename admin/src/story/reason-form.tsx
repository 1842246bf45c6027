import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Textarea } from '../components/fields.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { useFormAction } from '../components/use-form-action.ts';

export type ReasonFormProps = {
  /** The textarea's id; the API's `reason` field maps to it. */
  id: string;
  /** Names the form for assistive technology (the section's heading). */
  labelledBy: string;
  label: string;
  hint: string;
  /** Shown when the reason is missing or too short. */
  emptyMessage: string;
  submitLabel: string;
  /** Sends the reason. A thrown ApiError shows in the error summary, linked to its field. */
  onSubmit: (reason: string) => Promise<void>;
  children?: ComponentChildren;
};

/**
 * A stated reason, then one deliberate action: opening sealed text or contact details. The
 * server needs 3–500 characters; checking here first saves a round trip and a re-auth prompt.
 */
export function ReasonForm(props: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;

  const submit = async (event: Event) => {
    event.preventDefault();
    const r = reason.trim();
    if (r.length < 3 || r.length > 500) {
      form.invalid({
        [props.id]:
          r.length > 500 ? 'The reason must be 500 characters or fewer' : props.emptyMessage,
      });
      return;
    }
    await form.run(() => props.onSubmit(r), { reason: props.id });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={props.labelledBy}>
      <ErrorSummary errors={summaryOf(errors, [props.id])} />
      <Textarea
        id={props.id}
        label={props.label}
        hint={props.hint}
        value={reason}
        onValue={setReason}
        error={errors.fields[props.id]}
        rows={2}
      />
      {props.children}
      <button type="submit" class="govuk-button" disabled={busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
