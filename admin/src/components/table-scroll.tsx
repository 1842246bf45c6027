import type { ComponentChildren } from 'preact';

/**
 * Lets a wide data table scroll sideways inside its own box at 320 px, instead of the whole page
 * (WCAG 1.4.10 allows this for data tables). The box is focusable so keyboard users can scroll it
 * (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children?: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section class="heard-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
