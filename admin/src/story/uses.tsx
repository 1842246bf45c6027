import type { StoryDetail } from '../api/types.ts';
import { formatDate } from '../components/format.ts';
import { CONSENT_LABELS, label, USE_LABELS } from '../labels.ts';

/** What the story may be used for: derived by the server from the person's consents, read-only. */
export function Uses({ story }: { story: StoryDetail }) {
  return (
    <section aria-labelledby="uses-heading">
      <h2 class="govuk-heading-m" id="uses-heading">
        What the person agreed to
      </h2>
      <p class="govuk-body govuk-!-font-weight-bold">
        {story.uses.length > 0
          ? `May be used for: ${story.uses.map((u) => label(USE_LABELS, u)).join(', ')}.`
          : 'May be used for statistics only. It cannot be approved for any other use.'}
      </p>
      <p class="govuk-hint">
        This comes from the person’s own choices and cannot be changed here. If they ask to withdraw
        any of them, they can use their reference number on the withdrawal page, or you can record
        it for them below.
      </p>
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">Each choice they made</span>
        </summary>
        <div class="govuk-details__text">
          <ul class="govuk-list">
            {story.consents.map((c) => (
              <li key={c.purpose}>
                {label(CONSENT_LABELS, c.purpose)}:{' '}
                <strong>
                  {c.withdrawnAt
                    ? `withdrawn on ${formatDate(c.withdrawnAt)}`
                    : !c.granted
                      ? 'no'
                      : c.current
                        ? `yes${c.expiresAt ? `, until ${formatDate(c.expiresAt)}` : ''}`
                        : `expired${c.expiresAt ? ` on ${formatDate(c.expiresAt)}` : ''}`}
                </strong>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}
