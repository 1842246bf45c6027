import { useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Select } from '../components/fields.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { formatDateTime } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { useBoardChoice, useBoardItems } from '../components/use-board-list.ts';
import { useFormAction } from '../components/use-form-action.ts';
import { type Contact, ContactList, SummaryRow } from '../story/contact-details.tsx';
import { ReasonForm } from '../story/reason-form.tsx';
import { STATUS_LABEL, type ToTell } from './action-types.ts';

const ROUTE_TEXT = {
  email: 'By email',
  phone: 'By phone',
  none: 'No contact details left: you cannot tell them',
};

/**
 * People who asked to hear back and whose story is linked to an action that changed. The
 * coordinator tells them through the route they chose, then marks them as told. Contact details
 * stay sealed until opened with a reason (audited; the server may ask for the password again).
 */
export default function ToTellPage() {
  const { boards, boardId, setBoardId } = useBoardChoice();
  const list = useBoardItems<ToTell>(boardId, '/to-tell');
  const form = useFormAction();
  const { errors } = form;
  const [opening, setOpening] = useState<number | null>(null);
  // Contact details live only in this page's memory, and only for the entry being dealt with.
  const [contact, setContact] = useState<{ entry: number; details: Contact } | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const items = list.data?.items ?? [];

  const markTold = (entry: ToTell) =>
    form.run(
      async () => {
        await api.post(`/boards/${boardId}/to-tell/${entry.id}/told`, {});
        list.set({ items: items.filter((i) => i.id !== entry.id) });
        if (contact?.entry === entry.id) setContact(null);
        if (opening === entry.id) setOpening(null);
        // The button is gone: put focus somewhere sensible and say what happened (WCAG 2.4.3).
        listHeading.current?.focus();
        announce(`Marked as told: story ${entry.storyId}`);
      },
      {},
      entry.id,
    );

  return (
    <>
      <ErrorSummary errors={summaryOf(errors)} />
      <Page title="People to tell" hasErrors={errors.general.length > 0}>
        <p class="govuk-body">
          These people asked to hear back, and an action linked to their story has changed. Tell
          each of them what changed, in the way they chose, then mark them as told.
        </p>
        {boards.error && <LoadError error={boards.error} retry={boards.reload} />}
        {(boards.data?.items.length ?? 0) > 1 && (
          <Select
            id="to-tell-board"
            label="Board"
            value={boardId}
            onValue={(id) => {
              setBoardId(id);
              setContact(null);
              setOpening(null);
            }}
            options={(boards.data?.items ?? []).map((b) => ({
              value: String(b.id),
              label: b.name,
            }))}
          />
        )}
        {list.error && <LoadError error={list.error} retry={list.reload} />}
        <h2 class="govuk-heading-m" tabIndex={-1} ref={listHeading} id="to-tell-heading">
          Waiting to be told ({items.length})
        </h2>
        {list.data && items.length === 0 && (
          <p class="govuk-body">There is nobody waiting to hear back.</p>
        )}
        {items.map((t) => {
          const name = `Story ${t.storyId}`;
          const shown = contact?.entry === t.id ? contact.details : null;
          return (
            <div class="govuk-summary-card" key={t.id}>
              <div class="govuk-summary-card__title-wrapper">
                <h3 class="govuk-summary-card__title" id={`to-tell-${t.id}-title`}>
                  <a class="govuk-link" href={`/admin/stories/${t.storyId}`}>
                    {name}
                  </a>
                </h3>
              </div>
              <div class="govuk-summary-card__content">
                <dl class="govuk-summary-list">
                  <SummaryRow label="Action" value={t.theme} />
                  <SummaryRow
                    label="What changed"
                    value={`Status is now ${STATUS_LABEL[t.status]}`}
                  />
                  <SummaryRow label="Since" value={formatDateTime(t.since)} />
                  <SummaryRow
                    label="How they want to hear"
                    value={ROUTE_TEXT[t.contactMethod ?? 'none']}
                  />
                </dl>
                {shown && <ContactShown contact={shown} />}
                {opening === t.id && !shown && (
                  <ReasonForm
                    id={`to-tell-${t.id}-reason`}
                    labelledBy={`to-tell-${t.id}-title`}
                    label="Why do you need their contact details?"
                    hint="For example: to tell them what the Board did, as they asked."
                    emptyMessage="Enter why you need their contact details"
                    submitLabel="Show contact details"
                    onSubmit={async (reason) => {
                      const details = await api.post<Contact>(`/stories/${t.storyId}/contact`, {
                        reason,
                      });
                      setContact({ entry: t.id, details });
                      announce('Contact details shown. Your reason was recorded.');
                    }}
                  />
                )}
                <div class="govuk-button-group">
                  {t.contactMethod && opening !== t.id && !shown && (
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary"
                      aria-label={`Open contact details: ${name}`}
                      onClick={() => {
                        setContact(null);
                        setOpening(t.id);
                      }}
                    >
                      Open contact details
                    </button>
                  )}
                  {shown && (
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary"
                      aria-label={`Hide contact details: ${name}`}
                      onClick={() => {
                        setContact(null);
                        setOpening(null);
                        announce('Contact details hidden');
                      }}
                    >
                      Hide contact details
                    </button>
                  )}
                  <button
                    type="button"
                    class="govuk-button"
                    aria-label={`Mark as told: ${name}`}
                    disabled={form.busyFor(t.id)}
                    onClick={() => void markTold(t)}
                  >
                    Mark as told
                  </button>
                </div>
              </div>
            </div>
          );
        })}
      </Page>
    </>
  );
}

function ContactShown({ contact }: { contact: Contact }) {
  return (
    <>
      <ContactList contact={contact} />
      <p class="govuk-body">
        Use these only to tell them about the Board’s action. Do not copy them into notes or emails.
      </p>
    </>
  );
}
