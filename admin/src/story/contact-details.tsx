import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { OpenedContact, StoryDetail } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ReasonForm } from './reason-form.tsx';

/** `POST /admin/api/stories/:id/contact` (docs/admin-api.md); the Board's to-tell page opens it too. */
export type Contact = OpenedContact;

/**
 * The person's contact details, sealed like their words: shown only after a stated reason (and
 * a fresh sign-in when the server asks), audited, and held in this component's memory alone —
 * never in the story, the URL or storage — so they are gone when hidden or the page is left.
 */
export function ContactDetails({ story }: { story: StoryDetail }) {
  const [contact, setContact] = useState<Contact | null>(null);
  // Another story, or the same story withdrawn: drop whatever was shown.
  useEffect(() => setContact(null), [story.id, story.hasContact]);

  if (!story.hasContact) return null;
  return (
    <section aria-labelledby="contact-heading">
      <h2 class="govuk-heading-m" id="contact-heading">
        Contact details
      </h2>
      {contact ? (
        <>
          <ContactList contact={contact} withMethod />
          <p class="govuk-body">
            Use these only for what the person agreed to. Do not copy them into notes or emails.
          </p>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => {
              setContact(null);
              announce('Contact details hidden');
            }}
          >
            Hide contact details
          </button>
        </>
      ) : (
        <>
          <p class="govuk-body">
            The person agreed to be contacted. Their details are sealed: open them only when you are
            about to contact them. We record who opened them, when and why in the audit log.
          </p>
          <ReasonForm
            id="contact-reason"
            labelledBy="contact-heading"
            label="Why do you need their contact details?"
            hint="For example: to check their story with them, as they asked."
            emptyMessage="Enter why you need their contact details"
            submitLabel="Show contact details"
            onSubmit={async (reason) => {
              setContact(await api.post<Contact>(`/stories/${story.id}/contact`, { reason }));
              announce('Contact details shown. Your reason was recorded.');
            }}
          />
        </>
      )}
    </section>
  );
}

/**
 * The opened contact details, focused as they appear so a keyboard or screen reader user is
 * taken to them. `withMethod` adds how they want to be contacted, for pages that do not already
 * say it.
 */
export function ContactList({ contact, withMethod }: { contact: Contact; withMethod?: boolean }) {
  const shown = useRef<HTMLDListElement>(null);
  useEffect(() => shown.current?.focus(), [contact]);
  return (
    <dl
      class="govuk-summary-list"
      aria-label="The person’s contact details"
      tabIndex={-1}
      ref={shown}
    >
      <SummaryRow label="Name" value={contact.name ?? 'Not given'} />
      {withMethod && (
        <SummaryRow
          label="How to contact them"
          value={contact.method === 'phone' ? 'By phone' : 'By email'}
        />
      )}
      {contact.phone && <SummaryRow label="Phone" value={contact.phone} />}
      {contact.email && <SummaryRow label="Email" value={contact.email} />}
      {contact.method === 'phone' && (
        <SummaryRow
          label="Safe to leave a message"
          value={contact.safeToLeaveMessage ? 'Yes' : 'No: do not leave a message'}
        />
      )}
    </dl>
  );
}

/** One row of a GOV.UK summary list; long values wrap rather than widen the page. */
export function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value heard-wrap">{value}</dd>
    </div>
  );
}
