/**
 * Which links the loader upgrades, and what each opens. PUBLIC CONTRACT — never rename:
 * `data-heard-site` (a site key; opens `/tell/{key}`), `data-heard-mode` (`inline`, else a
 * dialog), `data-heard-lang` (a language code such as `ar` or `en-easy`, passed as `?lang=`;
 * the journey falls back to English for one the site does not offer: issue 8). Reserved for public Board pages (a later issue): `data-heard-board` and
 * `data-heard-view`; adding them means a new branch in `targetFor` and a selector here.
 */
export const LINK_SELECTOR = 'a[data-heard-site]';

export type EmbedTarget = {
  /** Path on Heard's origin that the iframe shows. */
  path: string;
  /** Names the dialog and the iframe for screen readers (WCAG 4.1.2). */
  title: string;
  inline: boolean;
  /** The snippet's `data-heard-lang`, when it looks like a language code. */
  lang?: string;
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
    title: (link.textContent ?? '').replace(/\s+/g, ' ').trim() || DEFAULT_TITLE,
    inline: link.getAttribute('data-heard-mode') === 'inline',
    ...(LANG.test(lang) ? { lang } : {}),
  };
}
