import { useEffect } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { routeChanged } from './components/page.tsx';
import { Footer } from './layout/footer.tsx';
import { Guard } from './layout/guard.tsx';
import { Header } from './layout/header.tsx';
import { ReauthPrompt } from './layout/reauth-prompt.tsx';
import { NotFound } from './pages/not-found.tsx';
import { homeFor, ROUTES } from './routes.ts';
import { SessionProvider, useSession } from './session/session.tsx';

function Home() {
  const { user } = useSession();
  const { route } = useLocation();
  useEffect(() => {
    if (user === undefined) return;
    route(user ? homeFor(user.role) : '/admin/sign-in', true);
  }, [user]);
  return null;
}

function Frame() {
  const { user } = useSession();
  return (
    <>
      <a href="#main-content" class="govuk-skip-link">
        Skip to main content
      </a>
      <Header user={user} />
      <div class="govuk-width-container">
        <main class="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <ErrorBoundary>
            <Router onRouteChange={routeChanged}>
              <Route path="/admin" component={Home} />
              {ROUTES.map((r) => (
                <Route
                  key={r.path}
                  path={r.path}
                  component={(props: Record<string, unknown>) => <Guard route={r} props={props} />}
                />
              ))}
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </main>
      </div>
      <Footer />
      <ReauthPrompt />
      <div
        id="heard-announcer"
        class="govuk-visually-hidden"
        aria-live="polite"
        aria-atomic="true"
      />
      <div
        id="heard-announcer-assertive"
        class="govuk-visually-hidden"
        aria-live="assertive"
        aria-atomic="true"
      />
    </>
  );
}

/** The whole admin app: session, routing under /admin, and the frame every page shares. */
export function App() {
  return (
    <LocationProvider scope="/admin">
      <SessionProvider>
        <Frame />
      </SessionProvider>
    </LocationProvider>
  );
}
