import type { StoryDetail } from '../api/types.ts';

/** The way in to recording a withdrawal for the person; the work is on its own page. */
export function WithdrawalLink({ story }: { story: StoryDetail }) {
  if (story.status === 'withdrawn') return null;
  return (
    <section aria-labelledby="withdrawal-heading">
      <h2 class="govuk-heading-m" id="withdrawal-heading">
        If the person asks to withdraw
      </h2>
      <p class="govuk-body">
        If they phone or write to withdraw their story, or some of the uses they agreed to, record
        it for them. You will see what will be deleted before anything changes.
      </p>
      <a href={`/admin/stories/${story.id}/withdraw`} class="govuk-button govuk-button--secondary">
        Record a withdrawal
      </a>
    </section>
  );
}
