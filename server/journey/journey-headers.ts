import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { PublicSite } from '../sites/site-queries.ts';
import { messagePage } from './html-page.ts';
import { anyTranslator } from './page-language.ts';

/** The stored origins that are safe to put in a CSP: a damaged one never widens the policy. */
export function frameAncestorOrigins(origins: readonly string[]): string[] {
  return origins.filter((o) => /^https?:\/\/[^/\s;,']+$/.test(o));
}

/** frame-ancestors for a list of origins: exactly those, or 'none'. */
export function frameAncestorsFor(origins: readonly string[]): string {
  const safe = frameAncestorOrigins(origins);
  return safe.length > 0 ? safe.join(' ') : "'none'";
}

/** frame-ancestors for a site: exactly its allowed origins, or 'none' (embed issue). */
export function frameAncestors(site: PublicSite | undefined): string {
  return frameAncestorsFor(site?.allowedOrigins ?? []);
}

export function journeyCsp(site: PublicSite | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestors(site)}`,
  ].join('; ');
}

/** Headers for every journey page: per-site framing, no inline script or style, no caching. */
export function journeyHeaders(c: Context<AppEnv>, site: PublicSite | undefined) {
  c.header('Content-Security-Policy', journeyCsp(site));
  // `same-origin`, not `no-referrer`: no other site ever gets a referrer from the journey, and
  // the browser names Heard's own origin when the no-JavaScript form posts back, so that
  // `Origin: null` can be refused as cross-site (decision 0067). `no-referrer` made browsers send
  // `Origin: null` on the form's own posts.
  c.header('Referrer-Policy', 'same-origin');
  c.header('Cache-Control', 'no-store');
}

/**
 * The journey's styles and script, named in the response headers so the browser fetches them
 * while the page itself is still arriving, not after parsing it (issue 7, decision 0024). The
 * same URLs the page links to, so these fetches are used, not repeated.
 */
export const JOURNEY_PRELOAD = [
  '</assets/journey/journey.css>; rel=preload; as=style',
  '</assets/journey/journey.js>; rel=modulepreload',
].join(', ');

/** Largest no-JavaScript form accepted, as for the story API; applied in app.ts. */
export const FORM_BODY_LIMIT = 128 * 1024;

/**
 * A too-large no-JavaScript form, sent by limitBodies() before any route runs: a calm page in
 * the language of the form's `?lang=`.
 */
export const formTooLarge = (c: Context<AppEnv>) => {
  journeyHeaders(c, undefined);
  const tr = anyTranslator(c.req.query('lang'));
  return c.html(messagePage('errors.otherSiteHeading', 'errors.tooLarge', tr), 413);
};
