import { useLocation } from 'preact-iso';
import type { SessionUser } from '../api/types.ts';
import { ROUTES } from '../routes.ts';
import { useSession } from '../session/session.tsx';

export type HeaderProps = { user: SessionUser | null | undefined };

/**
 * Our own header: the service name "Heard" and the navigation for the signed-in role. No GOV.UK
 * crown or logo (they are for GOV.UK services only; decision 0050).
 */
export function Header({ user }: HeaderProps) {
  const { path, route } = useLocation();
  const { signOut } = useSession();
  const items = user
    ? ROUTES.filter((r) => r.nav && r.access !== 'public' && r.access.includes(user.role)).sort(
        (a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0),
      )
    : [];
  return (
    <>
      <header class="heard-header">
        <div class="govuk-width-container heard-header__container">
          <a href="/admin" class="heard-header__name">
            Heard <span class="heard-header__product">admin</span>
          </a>
          {user && (
            <p class="govuk-body-s heard-header__account">
              <span class="govuk-visually-hidden">Signed in as </span>
              <a class="govuk-link heard-header__link heard-wrap" href="/admin/account">
                {user.name || user.email}
              </a>{' '}
              <button
                type="button"
                class="heard-link-button heard-header__link"
                onClick={() => {
                  void signOut(false)
                    .catch(() => undefined)
                    .finally(() => route('/admin/sign-in?signedOut=1'));
                }}
              >
                Sign out
              </button>
            </p>
          )}
        </div>
      </header>
      {items.length > 0 && (
        <div class="govuk-service-navigation" data-module="govuk-service-navigation">
          <div class="govuk-width-container">
            <div class="govuk-service-navigation__container">
              <nav aria-label="Main" class="govuk-service-navigation__wrapper">
                <ul class="govuk-service-navigation__list" id="navigation">
                  {items.map((r) => {
                    const current = path === r.path;
                    const active =
                      current ||
                      path.startsWith(`${r.path}/`) ||
                      (r.nav?.matchPrefix !== undefined && path.startsWith(r.nav.matchPrefix));
                    return (
                      <li
                        key={r.path}
                        class={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                      >
                        <a
                          class="govuk-service-navigation__link"
                          href={r.path}
                          aria-current={current ? 'page' : active ? 'true' : undefined}
                        >
                          {active ? (
                            <strong class="govuk-service-navigation__active-fallback">
                              {r.nav?.label}
                            </strong>
                          ) : (
                            r.nav?.label
                          )}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </nav>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
