import { useEffect, useRef, useState } from 'preact/hooks';
import { api, query } from '../api/client.ts';
import type { Message, MessageChanged, MessagePage, MessageStatus } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { DataTable } from '../components/data-table.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { hasErrors, summaryOf } from '../components/form-errors.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { Pagination } from '../components/pagination.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import { MessageActions, type MessageChange } from '../messages/message-actions.tsx';
import {
  atWhen,
  KIND_LABELS,
  STATUS_ORDER,
  STATUS_WORDS,
  stateSentence,
  statusTag,
  when,
} from '../messages/message-words.ts';
import type { RoutePageProps } from '../routes.ts';

const PAGE_SIZE = 25;
/** Waiting this long with nothing sent is worth a notice even when a transport is set up. */
const QUIET_MINUTES = 10;

const DONE: Record<MessageChange, string> = {
  stop: 'stopped. It will not be sent',
  retry: 'will be tried again now',
  'send-now': 'will be sent now',
};

/**
 * Why messages are not going out, when they are not: no transport set up (the demo), or nothing
 * sent for a while although some are waiting (an outage; each row says why its last try failed).
 */
function DeliveryNotice({ page, now }: { page: MessagePage; now: Date }) {
  if (page.counts.waiting === 0) return null;
  const quietSince = now.getTime() - QUIET_MINUTES * 60_000;
  const none = page.transports.length === 0;
  const quiet =
    (page.lastSentAt === null || new Date(page.lastSentAt).getTime() < quietSince) &&
    page.oldestWaitingAt !== null &&
    new Date(page.oldestWaitingAt).getTime() < quietSince;
  if (!none && !quiet) return null;
  return (
    <section
      class="govuk-notification-banner"
      aria-labelledby="delivery-title"
      data-testid="delivery-notice"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="delivery-title">
          Important
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        {none ? (
          <>
            <p class="govuk-notification-banner__heading">No way to send messages is set up yet.</p>
            <p class="govuk-body">
              Messages wait here until an operator sets HEARD_SMTP_URL or GOV.UK Notify (see
              docs/operations.md). Nothing is lost: they go out once one is set up.
            </p>
          </>
        ) : (
          <>
            <p class="govuk-notification-banner__heading">
              Messages are waiting, and none has been sent{' '}
              {page.lastSentAt ? `since ${when(page.lastSentAt, now)}` : 'yet'}.
            </p>
            <p class="govuk-body">
              Heard keeps trying. Each message below says why its last try failed; tell the person
              who runs Heard if it does not clear.
            </p>
          </>
        )}
      </div>
    </section>
  );
}

/** The outbox: alerts to staff and messages to storytellers, what waits and why, and what to do. */
export default function MessagesPage({ query: q }: RoutePageProps) {
  const page = Math.max(1, Number(q.page) || 1);
  const status = STATUS_ORDER.find((s) => s === q.status);
  const list = useLoad(
    (signal) =>
      api.get<MessagePage>(`/messages${query({ status, page, pageSize: PAGE_SIZE })}`, {
        signal,
      }),
    [status, page],
  );
  const form = useFormAction();
  const [done, setDone] = useState<string | null>(null);
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) banner.current?.focus();
  }, [done]);
  const now = new Date();

  const change = (m: Message, what: MessageChange) =>
    form.run(
      async () => {
        setDone(null);
        try {
          await api.post<MessageChanged>(`/messages/${m.id}/${what}`, {});
        } finally {
          // Refused or not, show the message as it now stands (someone may have got there first).
          list.reload();
        }
        const words = `Message ${m.id} (“${m.subject}”) ${DONE[what]}.`;
        setDone(words);
        announce(words);
      },
      {},
      m.id,
    );

  const data = list.data;
  const all = data ? Object.values(data.counts).reduce((a, b) => a + b, 0) : 0;
  const filterHref = (s: MessageStatus | undefined) => `/admin/messages${query({ status: s })}`;

  return (
    <>
      <ErrorSummary errors={summaryOf(form.errors)} />
      {done && (
        <div
          class="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby="done-title"
          tabIndex={-1}
          ref={banner}
        >
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="done-title">
              Success
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{done}</p>
          </div>
        </div>
      )}
      <Page title="Messages" hasErrors={hasErrors(form.errors)}>
        {data && <DeliveryNotice page={data} now={now} />}
        <p class="govuk-body">
          Alerts to staff and messages to people who told a story, newest first. Messages to a
          storyteller are held for a short time so you can stop them before they go.
        </p>
        {list.error && <LoadError error={list.error} retry={list.reload} />}
        {data && (
          <nav aria-label="Filter messages by status" class="heard-message-filter">
            <ul class="govuk-list heard-message-filter__list">
              {[undefined, ...STATUS_ORDER].map((s) => {
                const text = s ? `${STATUS_WORDS[s]} ${data.counts[s]}` : `All ${all}`;
                return (
                  <li key={s ?? 'all'}>
                    {s === status ? (
                      <a
                        class="govuk-link govuk-link--no-visited-state heard-message-filter__current"
                        href={filterHref(s)}
                        aria-current="page"
                      >
                        {text}
                      </a>
                    ) : (
                      <a class="govuk-link govuk-link--no-visited-state" href={filterHref(s)}>
                        {text}
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        {data && data.items.length === 0 && (
          <p class="govuk-body" data-testid="no-messages">
            {status
              ? `No messages are ${STATUS_WORDS[status].toLowerCase()}.`
              : 'There are no messages yet.'}
          </p>
        )}
        {data && data.items.length > 0 && (
          <>
            <DataTable
              label="Messages table"
              caption={`${data.total} ${data.total === 1 ? 'message' : 'messages'}${status ? `: ${STATUS_WORDS[status].toLowerCase()}` : ''}`}
              rows={data.items}
              rowKey={(m) => m.id}
              columns={[
                {
                  header: 'Message',
                  class: 'heard-wrap heard-message-cell',
                  cell: (m) => (
                    <>
                      {m.subject}
                      <span class="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular">
                        {KIND_LABELS[m.kind]} · {m.channel} · written {atWhen(m.createdAt, now)}
                      </span>
                    </>
                  ),
                },
                { header: 'To', class: 'heard-wrap heard-message-cell', cell: (m) => m.recipient },
                {
                  header: 'Status',
                  class: 'heard-wrap heard-message-cell',
                  cell: (m) => {
                    const tag = statusTag(m);
                    return (
                      <>
                        <strong class={`govuk-tag ${tag.tag}`}>{tag.text}</strong>
                        <span class="govuk-body-s govuk-!-display-block">
                          {stateSentence(m, now)}
                        </span>
                      </>
                    );
                  },
                },
                {
                  header: 'Story',
                  class: 'heard-message-cell--narrow',
                  cell: (m) =>
                    m.storyId === null ? (
                      ''
                    ) : m.storyOpen ? (
                      <a class="govuk-link" href={`/admin/stories/${m.storyId}`}>
                        Story {m.storyId}
                      </a>
                    ) : (
                      `Story ${m.storyId}`
                    ),
                },
                {
                  header: 'Actions',
                  hiddenHeader: true,
                  cell: (m) => (
                    <MessageActions message={m} busy={form.busyFor(m.id)} onChange={change} />
                  ),
                },
              ]}
            />
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              hrefFor={(p) => `/admin/messages${query({ status, page: p > 1 ? p : '' })}`}
              label="Message pages"
            />
          </>
        )}
      </Page>
    </>
  );
}
