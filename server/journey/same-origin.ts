import type { Context } from 'hono';

/**
 * True unless the browser tells us the post came from another site, or from a document with no
 * origin of its own. CSRF tokens mean little for an anonymous public form, but another site must
 * not post stories through a visitor's browser. Chromium, Firefox and Safari send
 * `Sec-Fetch-Site`; `Origin` must be Heard's own whenever it is sent. `Origin: null` — what a
 * sandboxed frame, a `data:` page or a `file:` page sends — is refused (decision 0067): the
 * journey's `Referrer-Policy: same-origin` makes browsers name Heard's origin on its own posts.
 */
export function isSameOriginPost(c: Context, publicUrl: string | undefined): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('Origin');
  if (origin === undefined) return true;
  const own = new Set([new URL(c.req.url).origin]);
  if (publicUrl) own.add(new URL(publicUrl).origin);
  return own.has(origin);
}
