import { useEffect, useRef } from 'preact/hooks';

export type SummaryError = { id: string; text: string };

export type ErrorSummaryProps = { errors: SummaryError[]; title?: string };

/**
 * GOV.UK error summary: takes focus whenever the set of errors changes (so the person hears it
 * at once) and links each error to its field.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => `${e.id}:${e.text}`).join('|');
  useEffect(() => {
    if (errors.length > 0) box.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.id + e.text}>
                {e.id ? (
                  <a
                    href={`#${e.id}`}
                    onClick={(event) => {
                      // Focus the field itself, not just scroll to it (GOV.UK error summary).
                      const field = document.getElementById(e.id);
                      if (!field) return;
                      event.preventDefault();
                      field.focus();
                      field.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {e.text}
                  </a>
                ) : (
                  e.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
