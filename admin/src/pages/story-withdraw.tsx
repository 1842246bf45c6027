import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { StoryDetail } from '../api/types.ts';
import { StepBackLink, WarningText } from '../components/check-step.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Checkboxes, Radios, Textarea } from '../components/fields.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page, routeChanged } from '../components/page.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import { CONSENT_LABELS, label } from '../labels.ts';
import type { RoutePageProps } from '../routes.ts';
import {
  deletesContact,
  PURPOSE_EFFECTS,
  WHOLE_STORY_EFFECTS,
  withdrawablePurposes,
} from '../story/withdrawal-effects.ts';

type Step = 'choose' | 'confirm' | 'done';
const FIELDS = ['withdraw-what', 'withdraw-purposes', 'withdraw-reason'];

/**
 * A withdrawal recorded by a coordinator for the person (they phoned or wrote), with the same
 * effect as the public /withdraw page: choose what, say how they asked, check what will happen,
 * then confirm. Nothing is deleted before the confirmation page's button.
 */
export default function StoryWithdrawPage({ params }: RoutePageProps) {
  const id = Number(params.id);
  const loaded = useLoad((signal) => api.get<StoryDetail>(`/stories/${id}`, { signal }), [id]);
  const [step, setStep] = useState<Step>('choose');
  const [what, setWhat] = useState('');
  const [purposes, setPurposes] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const form = useFormAction();
  const { errors, busy } = form;
  const story = loaded.data;
  const storyHref = `/admin/stories/${id}`;

  const go = (next: Step) => {
    form.clear();
    // Each step is a page of its own for a screen reader: focus its heading and announce it.
    routeChanged();
    setStep(next);
  };

  const check = (event: Event) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!what) local['withdraw-what'] = 'Select what the person wants to withdraw';
    if (what === 'some' && purposes.length === 0)
      local['withdraw-purposes'] = 'Select at least one use to withdraw';
    const r = reason.trim();
    if (r.length < 3) local['withdraw-reason'] = 'Enter how the person asked to withdraw';
    else if (r.length > 500)
      local['withdraw-reason'] = 'The reason must be 500 characters or fewer';
    if (form.invalid(local)) return;
    go('confirm');
  };

  const confirm = () =>
    form.run(
      async () => {
        loaded.set(
          what === 'all'
            ? await api.post<StoryDetail>(`/stories/${id}/withdraw`, { reason: reason.trim() })
            : await api.post<StoryDetail>(`/stories/${id}/consents/withdraw`, {
                purposes,
                reason: reason.trim(),
              }),
        );
        go('done');
      },
      { reason: 'withdraw-reason', purposes: 'withdraw-purposes' },
    );

  if (loaded.error && !story) {
    return (
      <Page title="Record a withdrawal">
        <LoadError error={loaded.error} retry={loaded.reload} />
      </Page>
    );
  }
  if (!story) {
    return (
      <Page title="Record a withdrawal" loading>
        <p class="govuk-body" aria-busy="true">
          Loading the story…
        </p>
      </Page>
    );
  }

  if (step === 'done') {
    return (
      <Page key="done" title="Withdrawal recorded" caption={`Story ${id}`}>
        <div class="govuk-panel govuk-panel--confirmation">
          <div class="govuk-panel__body govuk-!-font-size-24">
            {what === 'all'
              ? 'The story is withdrawn. What was listed has been deleted.'
              : `Withdrawn: ${purposes.map((p) => label(CONSENT_LABELS, p)).join(', ')}.`}
          </div>
        </div>
        <p class="govuk-body">
          Your name and the reason you gave are in the audit log. Tell the person it is done.
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={storyHref}>
            Back to story {id}
          </a>
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href="/admin/queue">
            Back to the queue
          </a>
        </p>
      </Page>
    );
  }

  const available = withdrawablePurposes(story);
  if (story.status === 'withdrawn') {
    return (
      <Page title="Record a withdrawal" caption={`Story ${id}`}>
        <p class="govuk-body">This story is already withdrawn. Nothing is left to withdraw.</p>
        <a class="govuk-link" href={storyHref}>
          Back to story {id}
        </a>
      </Page>
    );
  }

  if (step === 'confirm') {
    const effects =
      what === 'all'
        ? WHOLE_STORY_EFFECTS
        : [
            ...purposes.map((p) => PURPOSE_EFFECTS[p] ?? label(CONSENT_LABELS, p)),
            ...(deletesContact(story, purposes)
              ? ['No contact choice is left, so their contact details are deleted.']
              : []),
          ];
    return (
      <>
        <StepBackLink href={storyHref} onBack={() => go('choose')} />
        <ErrorSummary errors={summaryOf(errors, FIELDS)} />
        <Page
          key="confirm"
          title="Check before you withdraw"
          caption={`Story ${id}`}
          hasErrors={hasErrors(errors)}
        >
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">What to withdraw</dt>
              <dd class="govuk-summary-list__value">
                {what === 'all' ? (
                  'The whole story'
                ) : (
                  <ul class="govuk-list">
                    {purposes.map((p) => (
                      <li key={p}>{label(CONSENT_LABELS, p)}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">How they asked</dt>
              <dd class="govuk-summary-list__value heard-wrap">{reason.trim()}</dd>
            </div>
          </dl>
          <h2 class="govuk-heading-m">What will happen</h2>
          <ul class="govuk-list govuk-list--bullet">
            {effects.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          {what === 'all' && <WarningText>This happens at once and cannot be undone.</WarningText>}
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button govuk-button--warning"
              disabled={busy}
              onClick={() => void confirm()}
            >
              {what === 'all' ? 'Withdraw the story' : 'Withdraw these uses'}
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => go('choose')}
            >
              Change
            </button>
          </div>
        </Page>
      </>
    );
  }

  return (
    <>
      <a href={storyHref} class="govuk-back-link">
        Back to story {id}
      </a>
      <ErrorSummary errors={summaryOf(errors, FIELDS)} />
      <Page
        key="choose"
        title="Record a withdrawal"
        caption={`Story ${id}`}
        hasErrors={hasErrors(errors)}
      >
        <p class="govuk-body">
          Use this when the person asks you, for example by phone or letter, to withdraw their story
          or some of their choices. They can also do it themselves with their reference number on
          the withdrawal page.
        </p>
        <form onSubmit={check} noValidate aria-label="What to withdraw">
          <Radios
            id="withdraw-what"
            legend="What does the person want to withdraw?"
            value={what}
            onValue={setWhat}
            error={errors.fields['withdraw-what']}
            options={[
              {
                value: 'all',
                label: 'The whole story',
                hint: 'Their words and contact details are deleted',
              },
              ...(available.length > 0
                ? [{ value: 'some', label: 'Some of the uses they agreed to' }]
                : []),
            ]}
            conditional={{
              some: (
                <Checkboxes
                  id="withdraw-purposes"
                  legend="Which uses?"
                  legendClass="govuk-fieldset__legend--s"
                  options={available.map((p) => ({ value: p, label: label(CONSENT_LABELS, p) }))}
                  values={purposes}
                  onValues={setPurposes}
                  error={errors.fields['withdraw-purposes']}
                />
              ),
            }}
          />
          <Textarea
            id="withdraw-reason"
            label="How did they ask?"
            hint="For example: phoned the forum on 3 March and asked for the story to be withdrawn. Do not write their name or contact details."
            value={reason}
            onValue={setReason}
            error={errors.fields['withdraw-reason']}
            rows={3}
          />
          <button type="submit" class="govuk-button">
            Continue
          </button>
        </form>
      </Page>
    </>
  );
}
