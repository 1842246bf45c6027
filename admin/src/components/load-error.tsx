import type { ApiError } from '../api/problem.ts';

/** A failed load, said plainly, with a way to try again. */
export function LoadError({ error, retry }: { error: ApiError; retry?: () => void }) {
  return (
    <div class="govuk-error-summary" role="alert">
      <h2 class="govuk-error-summary__title">{error.status === 404 ? 'Not found' : error.title}</h2>
      <div class="govuk-error-summary__body">
        <p class="govuk-body">
          {error.status === 404
            ? 'It may have been withdrawn, or it belongs to a Board you are not on.'
            : error.message}
        </p>
        {retry && (
          <button type="button" class="govuk-button govuk-button--secondary" onClick={retry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}
