import { api } from '../api/client.ts';
import type { OriginalText } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ReasonForm } from './reason-form.tsx';

export type OpenOriginalProps = { storyId: number; onOpened: (text: OriginalText) => void };

/**
 * Opening the sealed original is a deliberate act with a stated reason, recorded in the audit
 * log (issue 4). The API may ask the coordinator to confirm it is them first (428).
 */
export function OpenOriginal({ storyId, onOpened }: OpenOriginalProps) {
  return (
    <section aria-labelledby="original-heading">
      <h2 class="govuk-heading-m" id="original-heading">
        Original text
      </h2>
      <p class="govuk-body">
        The person’s own words are sealed. To redact them, open the original text. We record who
        opened it, when and why in the audit log.
      </p>
      <ReasonForm
        id="original-reason"
        labelledBy="original-heading"
        label="Why do you need to read the original text?"
        hint="For example: to check for current risk and remove personal details before approval."
        emptyMessage="Enter why you need to read the original text"
        submitLabel="Open original text"
        onSubmit={async (reason) => {
          const text = await api.post<OriginalText>(`/stories/${storyId}/original`, { reason });
          onOpened(text);
          announce('The original text is open below. Your reason was recorded.');
        }}
      />
    </section>
  );
}
