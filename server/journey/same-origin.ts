import type { Context } from 'hono';

/**
 * True unless the browser tells us the post came from another site. CSRF tokens mean little
 * for an anonymous public form, but another site must not post stories through a visitor's
 * browser. Chromium, Firefox and Safari send `Sec-Fetch-Site`; `Origin` is checked when it
 * names an origin. The journey's `Referrer-Policy: no-referrer` makes browsers send
 * `Origin: null` for its own form posts (Fetch standard), so "null" alone is not refused —
 * Sec-Fetch-Site still is (decision 0010).
 */
export function isSameOriginPost(c: Context, publicUrl: string | undefined): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('Origin');
  if (origin === undefined || origin === 'null') return true;
  const own = new Set([new URL(c.req.url).origin]);
  if (publicUrl) own.add(new URL(publicUrl).origin);
  return own.has(origin);
}
