import type { ComponentChildren } from 'preact';

export type RowActionProps = {
  /** What the button does, e.g. "Rename". */
  children: ComponentChildren;
  /** Which row it acts on, for screen readers ("Rename Northshire Board"): WCAG 2.4.4. */
  context: string;
  onClick: () => void;
  disabled?: boolean;
};

/** A link-styled button in a table row, named with its row so a list of them makes sense. */
export function RowAction({ children, context, onClick, disabled = false }: RowActionProps) {
  return (
    <button type="button" class="heard-link-button" disabled={disabled} onClick={onClick}>
      {children}
      <span class="govuk-visually-hidden"> {context}</span>
    </button>
  );
}
