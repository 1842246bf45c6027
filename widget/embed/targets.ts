/**
 * Which links the loader upgrades, and what each opens. PUBLIC CONTRACT — never rename:
 * `data-heard-site` (a site key; opens `/tell/{key}`), `data-heard-mode` (`inline`, else a
 * dialog), `data-heard-lang` (a language code such as `ar` or `en-easy`, passed as `?lang=`;
 * the journey falls back to English for one the site does not offer: issue 8).
 * Public Board pages (issue 5, decision 0022): an element with `data-heard-board` (a Board slug)
 * and `data-heard-view` (`actions` or `stories`), holding a plain link to the page as the
 * fallback for when scripts are off.
 */
export const LINK_SELECTOR = 'a[data-heard-site]';
export const BOARD_SELECTOR = '[data-heard-board]';

export type EmbedTarget = {
  /** Path on Heard's origin that the iframe shows. */
  path: string;
  /** Names the dialog and the iframe for screen readers (WCAG 4.1.2). */
  title: string;
  inline: boolean;
  /** The snippet's `data-heard-lang`, when it looks like a language code. */
  lang?: string;
};

/** Public Board views and their pages (server/routes/public-board-pages.ts, server/boards/). */
const VIEWS: Record<string, [path: string, title: string]> = {
  actions: ['you-said-we-did', 'You said, we did'],
  stories: ['stories', 'People’s stories'],
};

/** Site keys and Board slugs are lowercase words joined by hyphens (server/sites/site-admin.ts). */
const KEY = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const DEFAULT_TITLE = 'Tell us about your experience of safeguarding support';

/** The target for a snippet link, or null for one that does not point at this Heard. */
export function targetFor(link: HTMLAnchorElement, heardOrigin: string): EmbedTarget | null {
  // A link to another Heard (or a tampered href) is left alone: it still works as a link.
  if (link.origin !== heardOrigin) return null;
  const site = link.getAttribute('data-heard-site') ?? '';
  if (!KEY.test(site)) return null;
  const lang = link.getAttribute('data-heard-lang')?.trim() ?? '';
  return {
    path: `/tell/${site}`,
    title: text(link) || DEFAULT_TITLE,
    inline: link.getAttribute('data-heard-mode') === 'inline',
    ...(LANG.test(lang) ? { lang } : {}),
  };
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The target for a Board view element, or null (unknown view, bad slug). The frame is named by
 * the fallback link's words when there are any, so partners can name it in their own terms.
 */
export function boardTargetFor(el: Element): EmbedTarget | null {
  const slug = el.getAttribute('data-heard-board') ?? '';
  const view = VIEWS[el.getAttribute('data-heard-view') ?? ''];
  if (!KEY.test(slug) || !view) return null;
  return { path: `/boards/${slug}/${view[0]}`, title: text(el) || view[1], inline: true };
}
