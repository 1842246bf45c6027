import { api } from '../api/client.ts';
import type { Settings } from '../api/types.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLoad } from '../components/use-load.ts';

/** Deployment settings, read-only: they are set in the environment, not here. */
export default function AdminSettings() {
  const settings = useLoad((signal) => api.get<Settings>('/settings', { signal }), []);
  const s = settings.data;
  const row = (k: string, v: string) => (
    <div class="govuk-summary-list__row" key={k}>
      <dt class="govuk-summary-list__key">{k}</dt>
      <dd class="govuk-summary-list__value heard-wrap">{v}</dd>
    </div>
  );
  return (
    <Page title="Settings">
      <p class="govuk-body">
        These are set when Heard is installed, in its environment settings. Ask whoever runs your
        server to change them.
      </p>
      {settings.error && <LoadError error={settings.error} retry={settings.reload} />}
      {s && (
        <dl class="govuk-summary-list">
          {row('Two-factor sign-in required for everyone', s.requireTwoFactor ? 'Yes' : 'No')}
          {row('Public web address', s.publicUrl ?? 'Not set (local only)')}
          {row('Consent lasts', `${s.consentMonths} months`)}
          {row('Original stories kept for', `${s.retentionMonths} months`)}
          {row('Signed out after inactivity', `${s.sessionIdleMinutes} minutes`)}
          {row('Signed out after at most', `${s.sessionAbsoluteHours} hours`)}
        </dl>
      )}
      {s && (
        <>
          <h2 class="govuk-heading-m">Storyteller languages</h2>
          <p class="govuk-body">
            "Machine-drafted" means no native speaker has checked the translation yet; the journey
            tells people so. A community review makes it "community-reviewed" (see
            docs/translating.md).
          </p>
          <TableScroll label="Storyteller languages">
            <table class="govuk-table" data-testid="language-statuses">
              <caption class="govuk-table__caption govuk-table__caption--s">
                Review status of each language
              </caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    Language
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Code
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Review status
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Messages translated
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {s.languages.map((l) => (
                  <tr class="govuk-table__row" key={l.code}>
                    <th scope="row" class="govuk-table__header">
                      {l.englishName}{' '}
                      <span lang={l.code === 'en-easy' ? 'en' : l.code} dir={l.dir}>
                        ({l.name})
                      </span>
                    </th>
                    <td class="govuk-table__cell">{l.code}</td>
                    <td class="govuk-table__cell">
                      <strong
                        class={`govuk-tag ${l.reviewStatus === 'community-reviewed' ? 'govuk-tag--green' : 'govuk-tag--yellow'}`}
                      >
                        {l.reviewStatus === 'community-reviewed'
                          ? 'Community-reviewed'
                          : 'Machine-drafted'}
                      </strong>
                    </td>
                    <td class="govuk-table__cell">
                      {l.translated} of {l.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </Page>
  );
}
