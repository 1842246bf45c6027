import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, query } from '../api/client.ts';
import type { AuditEvent, AuditPage } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { Select, TextInput } from '../components/fields.tsx';
import { formatDateTime } from '../components/format.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { Pagination } from '../components/pagination.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLoad } from '../components/use-load.ts';
import type { RoutePageProps } from '../routes.ts';

/** Actions in the audit log (docs/admin-api.md). */
const ACTIONS = [
  'session.sign_in',
  'session.sign_in_failed',
  'session.totp_failed',
  'session.sign_out',
  'session.sign_out_everywhere',
  'session.reauth',
  'session.reauth_failed',
  'session.sign_in_throttled',
  'session.password_accepted',
  'account.under_attack',
  'setup.completed',
  'account.password_changed',
  'account.totp_enabled',
  'account.totp_replaced',
  'account.totp_disabled',
  'story.assigned',
  'story.unassigned',
  'story.original_opened',
  'story.contact_opened',
  'story.checked',
  'story.curated_saved',
  'story.approved',
  'story.rejected',
  'story.reopened',
  'consent.withdrawn',
  'story.withdrawn',
  'consent.expired',
  'story.expired',
  'theme.created',
  'theme.retired',
  'theme.restored',
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'user.setup_link',
  'user.totp_reset',
  'user.unlocked',
  'board.created',
  'board.updated',
  'partner.created',
  'partner.updated',
  'site.created',
  'site.updated',
  'keys.rotated',
  'pack.exported',
  'pack.issued',
  'message.stopped',
  'message.retried',
  'message.sent_now',
];
const FILTERS = ['action', 'actor', 'objectType', 'objectId', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
const PAGE_SIZE = 50;

/** The event's detail, as stored: an object of named values (anything else is shown as it is). */
function describeDetail(detail: AuditEvent['detail']): string {
  if (detail === null) return '';
  if (typeof detail !== 'object' || Array.isArray(detail)) {
    return typeof detail === 'string' ? detail : JSON.stringify(detail);
  }
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');
}

/** Dates typed as YYYY-MM-DD become the start (from) or end (to) of that day in UTC. */
function toIso(date: string, end: boolean): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  return `${date}T${end ? '23:59:59.999' : '00:00:00.000'}Z`;
}

/** The audit log: who did what, when and from where. Filter and page through it (read-only). */
export default function AdminAudit({ query: q }: RoutePageProps) {
  const { route } = useLocation();
  const page = Math.max(1, Number(q.page) || 1);
  const current: Filters = {
    action: q.action ?? '',
    actor: q.actor ?? '',
    objectType: q.objectType ?? '',
    objectId: q.objectId ?? '',
    from: q.from ?? '',
    to: q.to ?? '',
  };
  const [form, setForm] = useState<Filters>(current);
  const key = JSON.stringify(current);
  useEffect(() => setForm(current), [key]);
  const events = useLoad(
    (signal) =>
      api.get<AuditPage>(
        `/audit${query({ ...current, from: toIso(current.from, false), to: toIso(current.to, true), page, pageSize: PAGE_SIZE })}`,
        { signal },
      ),
    [key, page],
  );
  useEffect(() => {
    if (events.data) announce(`${events.data.total} events found`);
  }, [events.data]);

  const apply = (event: Event) => {
    event.preventDefault();
    route(`/admin/audit${query(form)}`);
  };
  const set = (k: keyof Filters) => (v: string) => setForm({ ...form, [k]: v });

  return (
    <Page title="Audit log">
      <p class="govuk-body">
        Every sign-in, opening of original text, decision and change, newest first. Nothing here can
        be changed or deleted.
      </p>
      <form class="heard-filters" onSubmit={apply} aria-label="Filter the audit log">
        <Select
          id="audit-action"
          label="Action"
          value={form.action}
          onValue={set('action')}
          options={[
            { value: '', label: 'All actions' },
            ...ACTIONS.map((a) => ({ value: a, label: a })),
          ]}
        />
        <TextInput
          id="audit-actor"
          label="Who"
          hint="A user number, public or system"
          value={form.actor}
          onValue={set('actor')}
          width="10"
          spellcheck={false}
        />
        <TextInput
          id="audit-objectType"
          label="Object type"
          hint="For example story"
          value={form.objectType}
          onValue={set('objectType')}
          width="10"
          spellcheck={false}
        />
        <TextInput
          id="audit-objectId"
          label="Object number"
          value={form.objectId}
          onValue={set('objectId')}
          width="5"
          spellcheck={false}
        />
        <TextInput
          id="audit-from"
          label="From (YYYY-MM-DD)"
          value={form.from}
          onValue={set('from')}
          width="10"
          spellcheck={false}
        />
        <TextInput
          id="audit-to"
          label="To (YYYY-MM-DD)"
          value={form.to}
          onValue={set('to')}
          width="10"
          spellcheck={false}
        />
        <div class="govuk-form-group">
          <button type="submit" class="govuk-button govuk-button--secondary">
            Apply filters
          </button>
        </div>
      </form>
      {events.error && <LoadError error={events.error} retry={events.reload} />}
      {events.data && events.data.items.length === 0 && (
        <p class="govuk-body">No events match these filters.</p>
      )}
      {events.data && events.data.items.length > 0 && (
        <>
          <TableScroll label="Audit events table">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-table__caption--s">
                {events.data.total} events
              </caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    When
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Who
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Action
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Object
                  </th>
                  <th scope="col" class="govuk-table__header">
                    From
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Details
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {events.data.items.map((e) => (
                  <tr class="govuk-table__row" key={e.id}>
                    <td class="govuk-table__cell">{formatDateTime(e.at)}</td>
                    <td class="govuk-table__cell heard-wrap">{e.actorEmail ?? e.actor}</td>
                    <td class="govuk-table__cell heard-wrap">{e.action}</td>
                    <td class="govuk-table__cell">
                      {e.objectType ? `${e.objectType} ${e.objectId ?? ''}` : ''}
                    </td>
                    <td class="govuk-table__cell heard-wrap">{e.address ?? ''}</td>
                    <td class="govuk-table__cell heard-wrap">{describeDetail(e.detail)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={events.data.total}
            hrefFor={(p) => `/admin/audit${query({ ...current, page: p > 1 ? p : '' })}`}
            label="Audit log pages"
          />
        </>
      )}
    </Page>
  );
}
