import { Page } from '../components/page.tsx';

/** Shown for any /admin address the app does not know. */
export function NotFound() {
  return (
    <Page title="Page not found">
      <p class="govuk-body">If you typed the web address, check it is correct.</p>
      <p class="govuk-body">
        <a class="govuk-link" href="/admin">
          Go to the start
        </a>
      </p>
    </Page>
  );
}
