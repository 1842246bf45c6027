import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { OriginalText } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Textarea } from '../components/fields.tsx';
import {
  type FormErrors,
  formErrorsFrom,
  NO_ERRORS,
  summaryOf,
} from '../components/form-errors.ts';

export type OpenOriginalProps = { storyId: number; onOpened: (text: OriginalText) => void };

/**
 * Opening the sealed original is a deliberate act with a stated reason, recorded in the audit
 * log (issue 4). The API may ask the coordinator to confirm it is them first (428).
 */
export function OpenOriginal({ storyId, onOpened }: OpenOriginalProps) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const r = reason.trim();
    if (r.length < 3) {
      return setErrors({
        fields: { 'original-reason': 'Enter why you need to read the original text' },
        general: [],
      });
    }
    if (r.length > 500) {
      return setErrors({
        fields: { 'original-reason': 'The reason must be 500 characters or fewer' },
        general: [],
      });
    }
    setBusy(true);
    try {
      const text = await api.post<OriginalText>(`/stories/${storyId}/original`, { reason: r });
      setErrors(NO_ERRORS);
      onOpened(text);
      announce('The original text is open below. Your reason was recorded.');
    } catch (error) {
      setErrors(formErrorsFrom(error, { reason: 'original-reason' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="original-heading">
      <h2 class="govuk-heading-m" id="original-heading">
        Original text
      </h2>
      <p class="govuk-body">
        The person’s own words are sealed. To redact them, open the original text. We record who
        opened it, when and why in the audit log.
      </p>
      <form onSubmit={submit} noValidate aria-labelledby="original-heading">
        <ErrorSummary errors={summaryOf(errors, ['original-reason'])} />
        <Textarea
          id="original-reason"
          label="Why do you need to read the original text?"
          hint="For example: to check for current risk and remove personal details before approval."
          value={reason}
          onValue={setReason}
          error={errors.fields['original-reason']}
          rows={2}
        />
        <button type="submit" class="govuk-button" disabled={busy}>
          Open original text
        </button>
      </form>
    </section>
  );
}
