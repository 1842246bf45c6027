import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { BoardList, PartnerList, SiteWithSnippet } from '../api/types.ts';
import { announce } from '../components/announce.ts';
import { CopyButton } from '../components/copy-button.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
import { useLoad } from '../components/use-load.ts';
import type { RoutePageProps } from '../routes.ts';
import { SiteForm } from '../sites/site-form.tsx';

/** One site: the snippet to paste on the partner's page (with a copy button), and its settings. */
export default function AdminSite({ params }: RoutePageProps) {
  const key = params.key ?? '';
  const site = useLoad(
    (signal) => api.get<SiteWithSnippet>(`/sites/${encodeURIComponent(key)}`, { signal }),
    [key],
  );
  const partners = useLoad((signal) => api.get<PartnerList>('/partners', { signal }), []);
  const boards = useLoad((signal) => api.get<BoardList>('/boards', { signal }), []);
  const [saved, setSaved] = useState(false);
  const s = site.data;

  return (
    <>
      <a href="/admin/sites" class="govuk-back-link">
        Back to sites
      </a>
      <Page title={s ? s.name : 'Site'} caption="Site">
        {site.error && <LoadError error={site.error} retry={site.reload} />}
        {s && (
          <>
            {saved && (
              <div class="govuk-inset-text" role="status">
                Site saved.
              </div>
            )}
            <h2 class="govuk-heading-m" id="snippet-heading">
              The snippet to paste
            </h2>
            <p class="govuk-body">
              Give this to the partner’s web team. It adds a “Tell us about your safeguarding
              support” link that opens the form over their page.
            </p>
            <pre class="heard-code">
              <code>{s.snippet}</code>
            </pre>
            <CopyButton text={s.snippet} label="Copy the snippet" />
            <h2 class="govuk-heading-m">Change the site</h2>
            {partners.data && boards.data && (
              <SiteForm
                key={s.updatedAt}
                initial={s}
                partners={partners.data.items}
                boards={boards.data.items}
                submitLabel="Save site"
                save={async (input) => {
                  // The key never changes, and the API refuses it in an update.
                  const { key: _key, ...patch } = input;
                  const updated = await api.put<SiteWithSnippet>(
                    `/sites/${encodeURIComponent(key)}`,
                    patch,
                  );
                  site.set(updated);
                  setSaved(true);
                  announce('Site saved');
                }}
              />
            )}
          </>
        )}
      </Page>
    </>
  );
}
