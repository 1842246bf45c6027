import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Page } from '../components/page.tsx';
import type { AdminRoute, RoutePageProps } from '../routes.ts';
import { useSession } from '../session/session.tsx';

export type GuardProps = { route: AdminRoute; props: Record<string, unknown> };

/**
 * Shows a page only to the roles it is for. The server enforces access on every API call; this
 * only avoids showing controls a person cannot use, and sends signed-out people to sign in.
 */
export function Guard({ route: r, props }: GuardProps) {
  const { user, session } = useSession();
  const { url, route } = useLocation();
  const pageProps = props as unknown as RoutePageProps;
  const needsUser = r.access !== 'public';
  useEffect(() => {
    if (!needsUser || user !== null) return;
    if (session?.state === 'totp_enrolment_required') route('/admin/two-factor', true);
    else route(`/admin/sign-in?next=${encodeURIComponent(url)}`, true);
  }, [needsUser, user, session, url]);
  const Component = r.component;
  if (r.access === 'public') return <Component {...pageProps} />;
  if (user === undefined) {
    return (
      <p class="govuk-body" aria-busy="true">
        Loading…
      </p>
    );
  }
  if (user === null) return null;
  if (!r.access.includes(user.role)) {
    return (
      <Page title="You do not have access to this page">
        <p class="govuk-body">
          Your role does not include this page. If you think it should, ask an admin for your Board.
        </p>
      </Page>
    );
  }
  return <Component {...pageProps} />;
}
