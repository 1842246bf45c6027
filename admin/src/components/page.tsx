import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { announce } from './announce.ts';

let focusOnNextPage = false;

/** Marks that the route changed, so the next page takes focus and is announced. */
export function routeChanged(): void {
  focusOnNextPage = true;
}

export type PageProps = {
  /** The h1, and the first part of the document title. */
  title: string;
  /** A caption above the h1 (GOV.UK heading caption), e.g. the story reference. */
  caption?: string | undefined;
  /** True while the page shows an error summary: the title gets the "Error: " prefix. */
  hasErrors?: boolean;
  children?: ComponentChildren;
  size?: 'l' | 'xl' | 'm';
  /**
   * A placeholder shown while the page's data loads: it leaves the route-change focus for the
   * page that replaces it, so focus lands on the real heading, not on one about to vanish.
   */
  loading?: boolean;
};

/**
 * Every screen's heading. Sets document.title (WCAG 2.4.2) with "Error: " when there are errors,
 * and after a route change moves focus to the h1 and announces the page (single-page apps give
 * no page-load cue to screen readers otherwise).
 */
export function Page({
  title,
  caption,
  hasErrors = false,
  children,
  size = 'l',
  loading = false,
}: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Heard admin`;
  }, [title, hasErrors]);
  useEffect(() => {
    if (!focusOnNextPage || loading) return;
    focusOnNextPage = false;
    heading.current?.focus();
    announce(`${title} page`);
  }, []);
  return (
    <>
      {/* heard-wrap: a caption may be a long email address (320 px reflow). */}
      {caption && <span class={`govuk-caption-${size} heard-wrap`}>{caption}</span>}
      <h1 class={`govuk-heading-${size} heard-page-heading`} tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </>
  );
}
