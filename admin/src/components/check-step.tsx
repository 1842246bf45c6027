import type { ComponentChildren } from 'preact';

/**
 * The back link of a "check your answers" step: it returns to the form step on the same page
 * (keeping what was typed); without JavaScript it would go to `href`.
 */
export function StepBackLink({ href, onBack }: { href: string; onBack: () => void }) {
  return (
    <a
      href={href}
      class="govuk-back-link"
      onClick={(e) => {
        e.preventDefault();
        onBack();
      }}
    >
      Back
    </a>
  );
}

/** GOV.UK warning text: the "!" icon is hidden from screen readers, which hear "Warning". */
export function WarningText({ children }: { children: ComponentChildren }) {
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
