import { api } from '../api/client.ts';
import type { Settings } from '../api/types.ts';
import { LoadError } from '../components/load-error.tsx';
import { Page } from '../components/page.tsx';
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
    </Page>
  );
}
