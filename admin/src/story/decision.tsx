import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { StoryDetail } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Textarea } from '../components/fields.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { formatDateTime, personName } from '../components/format.ts';
import { useFormAction } from '../components/use-form-action.ts';
import { label, USE_LABELS } from '../labels.ts';

export type DecisionProps = {
  story: StoryDetail;
  onDecided: (story: StoryDetail, message: string) => void;
};

const OPEN = ['new', 'in_review', 'quarantined'];

/** Approve or reject (with a reason); reopen a decided story to correct it. */
export function Decision({ story, onDecided }: DecisionProps) {
  const [reason, setReason] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;

  const act = (path: string, body: unknown, message: string, ids?: Record<string, string>) =>
    form.run(async () => {
      const updated = await api.post<StoryDetail>(`/stories/${story.id}/${path}`, body);
      setReason('');
      onDecided(updated, message);
      announce(message);
    }, ids);

  const reject = (event: Event) => {
    event.preventDefault();
    const r = reason.trim();
    if (r.length < 3 || r.length > 500) {
      form.invalid({
        'reject-reason':
          r.length > 500
            ? 'The reason must be 500 characters or fewer'
            : 'Enter why you are rejecting this story',
      });
      return;
    }
    void act('reject', { reason: r }, 'Story rejected', { reason: 'reject-reason' });
  };

  if (!OPEN.includes(story.status)) {
    return (
      <section aria-labelledby="decision-heading">
        <h2 class="govuk-heading-m" id="decision-heading">
          Decision
        </h2>
        <ErrorSummary errors={summaryOf(errors)} />
        <p class="govuk-body">
          {story.status === 'approved' && 'Approved'}
          {story.status === 'rejected' && 'Rejected'}
          {story.status === 'withdrawn' && 'Withdrawn by the person'}
          {story.status === 'expired' && 'Expired: the consent period ended'}
          {story.decidedBy && ` by ${personName(story.decidedBy)}`}
          {story.decidedAt && ` on ${formatDateTime(story.decidedAt)}`}.
          {story.rejectionReason && ` Reason: ${story.rejectionReason}`}
        </p>
        {(story.status === 'approved' || story.status === 'rejected') && (
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            disabled={busy}
            onClick={() => void act('reopen', {}, 'Story reopened for review')}
          >
            Reopen to correct it
          </button>
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="decision-heading">
      <h2 class="govuk-heading-m" id="decision-heading">
        Decision
      </h2>
      <ErrorSummary errors={summaryOf(errors, ['reject-reason'])} />
      <p class="govuk-body">
        Approve once the safeguarding check is recorded and the curated story is saved.{' '}
        {story.storytellerCheck.required &&
          !story.storytellerCheck.recorded &&
          'The person asked to check their story first: record the check with them at the top of this page before approving. '}
        {story.uses.length > 0 &&
          `It will be available for ${story.uses.map((u) => label(USE_LABELS, u)).join(', ')}.`}
      </p>
      <button
        type="button"
        class="govuk-button"
        disabled={busy}
        onClick={() => void act('approve', {}, 'Story approved')}
      >
        Approve story
      </button>
      <form onSubmit={reject} noValidate aria-label="Reject this story">
        <Textarea
          id="reject-reason"
          label="Reason for rejecting"
          hint="For example: not about safeguarding support, or a duplicate."
          value={reason}
          onValue={setReason}
          error={errors.fields['reject-reason']}
          rows={2}
        />
        <button type="submit" class="govuk-button govuk-button--warning" disabled={busy}>
          Reject story
        </button>
      </form>
    </section>
  );
}
