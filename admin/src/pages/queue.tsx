import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, query } from '../api/client.ts';
import type { QueueItem, QueuePage, SiteList } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Select } from '../components/fields.tsx';
import { summaryOf } from '../components/form-errors.ts';
import { formatDateTime, formatWaited, personName } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { Pagination } from '../components/pagination.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useFormAction } from '../components/use-form-action.ts';
import { useLoad } from '../components/use-load.ts';
import { CHECK_LABELS, label, STATUS_LABELS, STATUS_TAG } from '../labels.ts';
import type { RoutePageProps } from '../routes.ts';
import { useSession } from '../session/session.tsx';

const STATUS_FILTERS = [
  {
    value: 'new,in_review',
    label: 'Open: new, in review, and urgent stories held as possible spam',
  },
  { value: 'new', label: 'New' },
  { value: 'in_review', label: 'In review' },
  { value: 'quarantined', label: 'Held as possible spam' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'withdrawn', label: 'Withdrawn' },
  { value: 'expired', label: 'Expired' },
];
const URGENCY_FILTERS = [
  { value: '', label: 'All stories' },
  { value: 'true', label: 'Urgent only' },
];
const ASSIGNED_FILTERS = [
  { value: '', label: 'Anyone or no one' },
  { value: 'me', label: 'Me' },
  { value: 'none', label: 'No one yet' },
];
const PAGE_SIZE = 25;

/**
 * The moderation queue: urgent stories first with how long each has waited, then oldest first
 * (the server orders it). Filters live in the address so a filtered view can be bookmarked.
 */
export default function Queue({ query: q }: RoutePageProps) {
  const { route } = useLocation();
  const { user } = useSession();
  const status = q.status || 'new,in_review';
  const site = q.site ?? '';
  const urgent = q.urgent ?? '';
  const assigned = q.assigned ?? '';
  const page = Math.max(1, Number(q.page) || 1);
  const [form, setForm] = useState({ status, site, urgent, assigned });
  const action = useFormAction();

  useEffect(() => setForm({ status, site, urgent, assigned }), [status, site, urgent, assigned]);

  const sites = useLoad((signal) => api.get<SiteList>('/sites', { signal }), []);
  const stories = useLoad(
    (signal) =>
      api.get<QueuePage>(
        // The open view sends no status: the server then adds urgent stories held as possible
        // spam, so danger now is never hidden by the spam check (docs/admin-api.md).
        `/stories${query({ status: status === 'new,in_review' ? '' : status, site, urgent, assigned, page, pageSize: PAGE_SIZE })}`,
        { signal },
      ),
    [status, site, urgent, assigned, page],
  );

  useEffect(() => {
    if (stories.data) {
      const n = stories.data.total;
      announce(`${n} ${n === 1 ? 'story' : 'stories'} found`);
    }
  }, [stories.data]);

  const hrefFor = (p: number) =>
    `/admin/queue${query({ status: status === 'new,in_review' ? '' : status, site, urgent, assigned, page: p > 1 ? p : '' })}`;

  const applyFilters = (event: Event) => {
    event.preventDefault();
    route(
      `/admin/queue${query({
        status: form.status === 'new,in_review' ? '' : form.status,
        site: form.site,
        urgent: form.urgent,
        assigned: form.assigned,
      })}`,
    );
  };

  const assign = (item: QueueItem) =>
    action.run(
      async () => {
        try {
          await api.post(`/stories/${item.id}/assign`, {});
        } catch (error) {
          // Show the queue as it is now, whatever stopped the assignment.
          stories.reload();
          throw error;
        }
        announce(`Story ${item.id} is assigned to you`);
        route(`/admin/stories/${item.id}`);
      },
      {},
      item.id,
    );

  const items = stories.data?.items ?? [];
  const urgentCount = items.filter((i) => i.urgent).length;

  return (
    <>
      <ErrorSummary errors={summaryOf(action.errors)} />
      <Page title="Stories to moderate">
        <p class="govuk-body">
          Urgent stories come first, then the story that has waited longest. Read urgent stories
          today.
        </p>
        <form class="heard-filters" onSubmit={applyFilters} aria-label="Filter stories">
          <Select
            id="filter-status"
            label="Status"
            value={form.status}
            onValue={(v) => setForm({ ...form, status: v })}
            options={STATUS_FILTERS}
          />
          <Select
            id="filter-site"
            label="Site"
            value={form.site}
            onValue={(v) => setForm({ ...form, site: v })}
            options={[
              { value: '', label: 'All sites' },
              ...(sites.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name })),
            ]}
          />
          <Select
            id="filter-urgent"
            label="Urgency"
            value={form.urgent}
            onValue={(v) => setForm({ ...form, urgent: v })}
            options={URGENCY_FILTERS}
          />
          <Select
            id="filter-assigned"
            label="Assigned to"
            value={form.assigned}
            onValue={(v) => setForm({ ...form, assigned: v })}
            options={ASSIGNED_FILTERS}
          />
          <div class="govuk-form-group">
            <button type="submit" class="govuk-button govuk-button--secondary">
              Apply filters
            </button>
          </div>
        </form>

        {stories.error && <LoadError error={stories.error} retry={stories.reload} />}
        {stories.loading && !stories.data && (
          <p class="govuk-body" aria-busy="true">
            Loading stories…
          </p>
        )}
        {stories.data && items.length === 0 && (
          <div class="govuk-inset-text">
            <p class="govuk-body govuk-!-font-weight-bold">There are no stories here.</p>
            <p class="govuk-body">
              {status === 'new,in_review' && !site && !urgent && !assigned
                ? 'Every story has been moderated. New stories appear here as soon as they are sent.'
                : 'No stories match these filters. Try different filters.'}
            </p>
          </div>
        )}
        {stories.data && items.length > 0 && (
          <>
            <p class="govuk-body">
              {stories.data.total} {stories.data.total === 1 ? 'story' : 'stories'}
              {urgentCount > 0 && `, ${urgentCount} urgent on this page`}.
            </p>
            <TableScroll label="Stories table">
              <table class="govuk-table">
                <caption class="govuk-table__caption govuk-visually-hidden">
                  Stories to moderate, urgent first, then oldest first
                </caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">
                      Story
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Urgency
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Waiting
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Site
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Status
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Assigned to
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Action
                    </th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  {items.map((item) => (
                    <tr class="govuk-table__row" key={item.id}>
                      <th scope="row" class="govuk-table__header">
                        <a class="govuk-link" href={`/admin/stories/${item.id}`}>
                          Story {item.id}
                        </a>
                      </th>
                      <td class="govuk-table__cell">
                        {item.urgent ? (
                          <strong class="govuk-tag govuk-tag--red">Urgent</strong>
                        ) : (
                          'Not urgent'
                        )}
                        {item.checkOutcome && (
                          <span class="govuk-body-s govuk-!-display-block">
                            Checked: {label(CHECK_LABELS, item.checkOutcome)}
                          </span>
                        )}
                      </td>
                      <td class="govuk-table__cell">
                        {formatWaited(item.waitingMinutes)}
                        <span class="govuk-body-s govuk-!-display-block">
                          Received {formatDateTime(item.receivedAt)}
                        </span>
                      </td>
                      <td class="govuk-table__cell">{item.siteName}</td>
                      <td class="govuk-table__cell">
                        <strong class={`govuk-tag ${STATUS_TAG[item.status] ?? 'govuk-tag--grey'}`}>
                          {label(STATUS_LABELS, item.status)}
                        </strong>
                      </td>
                      <td class="govuk-table__cell">
                        {item.assignedTo
                          ? item.assignedTo.id === user?.id
                            ? 'You'
                            : personName(item.assignedTo)
                          : 'No one'}
                      </td>
                      <td class="govuk-table__cell">
                        {item.assignedTo?.id !== user?.id &&
                        ['new', 'in_review', 'quarantined'].includes(item.status) ? (
                          <button
                            type="button"
                            class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                            disabled={action.busyFor(item.id)}
                            onClick={() => assign(item)}
                          >
                            Assign to me
                            <span class="govuk-visually-hidden"> (story {item.id})</span>
                          </button>
                        ) : (
                          <a class="govuk-link" href={`/admin/stories/${item.id}`}>
                            Open<span class="govuk-visually-hidden"> story {item.id}</span>
                          </a>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={stories.data.total}
              hrefFor={hrefFor}
              label="Queue pages"
            />
          </>
        )}
      </Page>
    </>
  );
}
