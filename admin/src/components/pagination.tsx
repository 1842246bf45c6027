import { Fragment } from 'preact';

export type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  /** The link for a page number (keeps filters in the address). */
  hrefFor: (page: number) => string;
  label?: string;
};

/** GOV.UK pagination: previous/next and numbered links, the current page marked for screen readers. */
export function Pagination({ page, pageSize, total, hrefFor, label = 'Pages' }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter(
    (p) => p >= 1 && p <= pages,
  );
  return (
    <nav class="govuk-pagination" aria-label={label}>
      {page > 1 && (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={hrefFor(page - 1)} rel="prev">
            <span class="govuk-pagination__link-title">
              Previous<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      )}
      <ul class="govuk-pagination__list">
        {shown.map((p, i) => (
          <Fragment key={p}>
            {i > 0 && p - (shown[i - 1] ?? p) > 1 && (
              <li class="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li>
            )}
            <li
              class={`govuk-pagination__item${p === page ? ' govuk-pagination__item--current' : ''}`}
            >
              <a
                class="govuk-link govuk-pagination__link"
                href={hrefFor(p)}
                aria-label={`Page ${p}`}
                aria-current={p === page ? 'page' : undefined}
              >
                {p}
              </a>
            </li>
          </Fragment>
        ))}
      </ul>
      {page < pages && (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={hrefFor(page + 1)} rel="next">
            <span class="govuk-pagination__link-title">
              Next<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      )}
    </nav>
  );
}
