import type { MiddlewareHandler } from 'hono';

export type SecurityHeaderOptions = { https: boolean };

/**
 * Headers every response gets. Framing, CSP and cross-origin resource policy are set per route
 * on purpose (docs/stack-notes.md: Hono's secureHeaders() defaults break an embeddable product), so this
 * only sets a restrictive default CSP where a route set none.
 */
export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler {
  return async function securityHeadersMiddleware(c, next) {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    if (!h.has('Referrer-Policy')) h.set('Referrer-Policy', 'no-referrer');
    h.set(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    );
    if (!h.has('Cross-Origin-Resource-Policy'))
      h.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!h.has('Content-Security-Policy')) {
      h.set(
        'Content-Security-Policy',
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
      );
    }
    if (options.https) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
