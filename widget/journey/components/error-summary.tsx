import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../catalogue-context.ts';

export type ShownError = { field: string; text: string; href?: string };

export type ErrorSummaryProps = {
  errors: ShownError[];
  /** Called instead of following the link (e.g. to open the page that asks the question). */
  onSelect?: (error: ShownError) => void;
};

/** Element id of a field (dots are not welcome in ids used as URL fragments). */
export const fieldId = (name: string): string => `f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
export const errorId = (name: string): string => `${fieldId(name)}-error`;

/**
 * GOV.UK error summary: takes focus when it appears so screen readers read it at once
 * (WCAG 3.3.1), and each link moves focus to its field rather than only scrolling.
 */
export function ErrorSummary({ errors, onSelect }: ErrorSummaryProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div class="hj-error-summary" ref={ref} tabIndex={-1}>
      <h2 class="hj-error-summary__title" id="hj-error-summary-title">
        {t('errors.summaryTitle')}
      </h2>
      <ul class="hj-error-summary__list">
        {errors.map((error) => (
          <li key={error.field}>
            <a
              href={error.href ?? `#${fieldId(error.field)}`}
              onClick={(event) => {
                event.preventDefault();
                if (onSelect) return onSelect(error);
                const target = document.getElementById(fieldId(error.field));
                target?.focus();
                target?.scrollIntoView({ block: 'center' });
              }}
            >
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The inline message under a field's label, with the visually hidden "Error:" prefix. */
export function ErrorMessage({ name, text }: { name: string; text: string | undefined }) {
  const t = useT();
  if (!text) return null;
  return (
    <p class="hj-error-message" id={errorId(name)}>
      <span class="hj-visually-hidden">{t('page.errorPrefix')}</span>
      {text}
    </p>
  );
}
