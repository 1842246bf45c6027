import type { ComponentChildren } from 'preact';

/**
 * The page's h1. It takes focus on every page change (tabindex -1, not in the tab order) so a
 * screen reader starts reading at the new question (app.tsx).
 */
export function Heading({
  caption,
  children,
}: {
  caption?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <h1 class="hj-heading-l" id="hj-heading" tabIndex={-1}>
      {caption ? <span class="hj-caption">{caption}</span> : null}
      {children}
    </h1>
  );
}
