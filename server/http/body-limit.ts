import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';

/**
 * How much of a too-large body is read and thrown away before the 413 is sent. A client that is
 * still writing when the server stops reading and closes gets EPIPE or ECONNRESET instead of the
 * answer (issue 12); reading the rest first means it always reads the 413. Past this bound the
 * sender is not an ordinary client: it is answered with `Connection: close` and not read further.
 */
export const DRAIN_LIMIT = 8 * 1024 * 1024;

export type BodyRule = {
  /** Largest body, in bytes, the route behind this rule may read. */
  maxSize: number;
  /** The route's own "too large" answer: problem+json for APIs, a page for HTML forms. */
  tooLarge: (c: Context<AppEnv>) => Response | Promise<Response>;
};

/**
 * Reads every request body before any route sees it (decision 0068): at most `maxSize` bytes are
 * kept in memory, and a route then reads the kept copy. A body over the limit, declared or
 * streamed (chunked), is counted and discarded chunk by chunk up to DRAIN_LIMIT, never buffered,
 * and answered with the rule's 413.
 */
export function limitBodies(ruleFor: (c: Context<AppEnv>) => BodyRule): MiddlewareHandler<AppEnv> {
  return async function limitBodiesMiddleware(c, next) {
    const body = c.req.raw.body;
    if (!body) return next();
    const rule = ruleFor(c);
    const chunked = c.req.raw.headers.has('transfer-encoding');
    const declared = chunked ? Number.NaN : Number(c.req.header('Content-Length'));
    if (declared > DRAIN_LIMIT) {
      // Not worth reading: the sender asked for more than any ordinary client would send.
      await body.cancel().catch(() => {});
      return closing(await rule.tooLarge(c));
    }
    let tooLarge = declared > rule.maxSize;
    const kept: Uint8Array[] = [];
    let size = 0;
    const reader = body.getReader();
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        // The client went away mid-body: nothing to answer, and nothing was read into a route.
        return c.body(null, 400);
      }
      if (chunk.done) break;
      size += chunk.value.byteLength;
      if (!tooLarge && size > rule.maxSize) {
        tooLarge = true;
        kept.length = 0;
      }
      if (size > DRAIN_LIMIT) {
        await reader.cancel().catch(() => {});
        return closing(await rule.tooLarge(c));
      }
      if (!tooLarge) kept.push(chunk.value);
    }
    if (tooLarge) return rule.tooLarge(c);
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(kept) });
    return next();
  };
}

/** The same answer, and the connection is closed once it has been sent. */
function closing(res: Response): Response {
  const headers = new Headers(res.headers);
  headers.set('Connection', 'close');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
