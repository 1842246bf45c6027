import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { OriginalText, StoryDetail } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { formatDateTime, formatWaited, personName } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import { label, STATUS_LABELS, STATUS_TAG } from '../labels.ts';
import type { RoutePageProps } from '../routes.ts';
import { useSession } from '../session/session.tsx';
import { Answers } from '../story/answers.tsx';
import { ContactDetails } from '../story/contact-details.tsx';
import { CurateForm } from '../story/curate-form.tsx';
import { Decision } from '../story/decision.tsx';
import { OpenOriginal } from '../story/open-original.tsx';
import { OriginalTexts } from '../story/original-texts.tsx';
import { SafeguardingCheck } from '../story/safeguarding-check.tsx';
import { StoryMessages } from '../story/story-messages.tsx';
import { StorytellerCheck } from '../story/storyteller-check.tsx';
import { Uses } from '../story/uses.tsx';
import { WithdrawalLink } from '../story/withdrawal-link.tsx';

const OPEN = ['new', 'in_review', 'quarantined'];

/** One story: answers, urgent reasons, the safeguarding check, redaction, tags and the decision. */
export default function StoryPage({ params }: RoutePageProps) {
  const id = Number(params.id);
  const { user } = useSession();
  const loaded = useLoad((signal) => api.get<StoryDetail>(`/stories/${id}`, { signal }), [id]);
  const [original, setOriginal] = useState<OriginalText | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const form = useFormAction();
  const { errors, busy } = form;
  const bannerRef = useRef<HTMLDivElement>(null);
  const story = loaded.data;

  useEffect(() => {
    if (banner) bannerRef.current?.focus();
  }, [banner]);

  const update = (s: StoryDetail) => loaded.set(s);

  const assign = (path: 'assign' | 'unassign') =>
    form.run(async () => {
      update(await api.post<StoryDetail>(`/stories/${id}/${path}`, {}));
      announce(path === 'assign' ? 'This story is assigned to you' : 'You are no longer assigned');
    });

  if (loaded.error && !story) {
    return (
      <Page title={`Story ${Number.isFinite(id) ? id : ''}`}>
        <LoadError error={loaded.error} retry={loaded.reload} />
        <p class="govuk-body">
          <a class="govuk-link" href="/admin/queue">
            Back to the queue
          </a>
        </p>
      </Page>
    );
  }

  const open = story ? OPEN.includes(story.status) : false;
  const mine = story?.assignedTo?.id === user?.id;

  return (
    <>
      <a href="/admin/queue" class="govuk-back-link">
        Back to the queue
      </a>
      <ErrorSummary errors={summaryOf(errors)} />
      {banner && (
        <div
          class="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby="banner-title"
          tabIndex={-1}
          ref={bannerRef}
        >
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="banner-title">
              Success
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{banner}</p>
          </div>
        </div>
      )}
      <Page title={`Story ${id}`} caption={story ? story.siteName : undefined}>
        {!story && (
          <p class="govuk-body" aria-busy="true">
            Loading the story…
          </p>
        )}
        {story && (
          <>
            <p class="govuk-body">
              <strong class={`govuk-tag ${STATUS_TAG[story.status] ?? 'govuk-tag--grey'}`}>
                {label(STATUS_LABELS, story.status)}
              </strong>{' '}
              {story.urgent && <strong class="govuk-tag govuk-tag--red">Urgent</strong>}
            </p>
            {story.urgent && (
              <div class="govuk-warning-text">
                <span class="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong class="govuk-warning-text__text">
                  <span class="govuk-visually-hidden">Warning</span>
                  Urgent: this story may say someone is in danger now. Read it today and record a
                  safeguarding check.
                  {story.urgentReasons.length > 0 && (
                    <span class="govuk-!-display-block govuk-!-font-weight-regular">
                      Why it is urgent:{' '}
                      {story.urgentReasons.map((r) => r.replace(/_/g, ' ')).join('; ')}
                    </span>
                  )}
                </strong>
              </div>
            )}
            {story.spamReasons.length > 0 && (
              <div class="govuk-inset-text">
                Held as possible spam:{' '}
                {story.spamReasons.map((r) => r.replace(/_/g, ' ')).join('; ')}
              </div>
            )}
            <StorytellerCheck story={story} onSaved={update} disabled={!open} />
            <dl class="govuk-summary-list">
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Received</dt>
                <dd class="govuk-summary-list__value">
                  {formatDateTime(story.receivedAt)}
                  {open && ` (waiting ${formatWaited(story.waitingMinutes)})`}
                </dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Assigned to</dt>
                <dd class="govuk-summary-list__value">
                  {story.assignedTo ? (mine ? 'You' : personName(story.assignedTo)) : 'No one'}
                </dd>
                <dd class="govuk-summary-list__actions">
                  {open &&
                    (mine ? (
                      <button
                        type="button"
                        class="heard-link-button"
                        disabled={busy}
                        onClick={() => void assign('unassign')}
                      >
                        Unassign me
                      </button>
                    ) : (
                      <button
                        type="button"
                        class="heard-link-button"
                        disabled={busy}
                        onClick={() => void assign('assign')}
                      >
                        Assign to me
                      </button>
                    ))}
                </dd>
              </div>
            </dl>

            <Uses story={story} />
            <SafeguardingCheck story={story} onSaved={update} disabled={!open} />
            <Answers story={story} />
            <ContactDetails story={story} />
            <StoryMessages storyId={story.id} />

            {story.hasOriginalText && !original && open && (
              <OpenOriginal storyId={story.id} onOpened={setOriginal} />
            )}
            {!story.hasOriginalText && (
              <p class="govuk-body">
                There is no original text: the person wrote nothing in their own words, or it was
                deleted when they withdrew.
              </p>
            )}
            {original && <OriginalTexts original={original} />}
            {original && open && (
              <CurateForm
                story={story}
                original={original}
                onSaved={(s) => {
                  update(s);
                  setBanner('Curated story saved. You can now approve it.');
                }}
              />
            )}
            {story.curated && !original && (
              <section aria-labelledby="saved-curated-heading">
                <h2 class="govuk-heading-m" id="saved-curated-heading">
                  Saved curated story
                </h2>
                <h3 class="govuk-heading-s">{story.curated.title}</h3>
                <p class="govuk-body">{story.curated.summary}</p>
                <p class="govuk-body heard-preview">{story.curated.text}</p>
              </section>
            )}
            <Decision
              story={story}
              onDecided={(s, message) => {
                update(s);
                setBanner(message);
              }}
            />
            <WithdrawalLink story={story} />
          </>
        )}
      </Page>
    </>
  );
}
