import { useLocation } from 'preact-iso';
import { api } from '../api/client.ts';
import type { BoardList, PartnerList, SiteListInFull, SiteWithSnippet } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLoad } from '../components/use-load.ts';
import { SiteForm } from '../sites/site-form.tsx';

/** Sites: where the widget runs. List, and add a new one (then its page shows the snippet). */
export default function AdminSites() {
  const { route } = useLocation();
  const sites = useLoad((signal) => api.get<SiteListInFull>('/sites', { signal }), []);
  const partners = useLoad((signal) => api.get<PartnerList>('/partners', { signal }), []);
  const boards = useLoad((signal) => api.get<BoardList>('/boards', { signal }), []);

  return (
    <Page title="Sites">
      {sites.error && <LoadError error={sites.error} retry={sites.reload} />}
      {sites.data && (
        <TableScroll label="Sites table">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">Sites</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Site
                </th>
                <th scope="col" class="govuk-table__header">
                  Key
                </th>
                <th scope="col" class="govuk-table__header">
                  Partner
                </th>
                <th scope="col" class="govuk-table__header">
                  Board
                </th>
                <th scope="col" class="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {sites.data.items.map((s) => (
                <tr class="govuk-table__row" key={s.id}>
                  <th scope="row" class="govuk-table__header">
                    <a class="govuk-link" href={`/admin/sites/${encodeURIComponent(s.key)}`}>
                      {s.name}
                    </a>
                  </th>
                  <td class="govuk-table__cell heard-wrap">{s.key}</td>
                  <td class="govuk-table__cell">{s.partnerName}</td>
                  <td class="govuk-table__cell">{s.boardName}</td>
                  <td class="govuk-table__cell">
                    {s.active ? (
                      <strong class="govuk-tag govuk-tag--green">Active</strong>
                    ) : (
                      <strong class="govuk-tag govuk-tag--grey">Paused</strong>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2 class="govuk-heading-m">Add a site</h2>
      {partners.data && boards.data && (
        <SiteForm
          initial={null}
          partners={partners.data.items}
          boards={boards.data.items}
          submitLabel="Add site"
          save={async (input) => {
            const created = await api.post<SiteWithSnippet>('/sites', input);
            announce(`${created.name} added`);
            route(`/admin/sites/${encodeURIComponent(created.key)}`);
          }}
        />
      )}
    </Page>
  );
}
