import type { MiddlewareHandler } from 'hono';
import { ProblemError } from './errors.ts';
import { readJsonBody } from './read-body.ts';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Parses a JSON request body once, before any validator: malformed JSON is a 400 problem (Hono's
 * own validator would throw a bare HTTPException), and with `emptyAs` an empty body reads as that
 * value (the admin API treats an empty body as `{}`: docs/admin-api.md). The parsed value is left
 * in Hono's body cache, where `validate('json', …)` reads it. Non-JSON bodies pass untouched:
 * each API answers 415 for them itself.
 */
export function parseJsonBodies(options: { emptyAs?: unknown } = {}): MiddlewareHandler {
  return async function parseJsonBodiesMiddleware(c, next) {
    if (
      !BODY_METHODS.has(c.req.method) ||
      !JSON_MEDIA_TYPE.test(c.req.header('Content-Type') ?? '')
    )
      return next();
    const read = await readJsonBody(c, options);
    if (!read.ok) {
      throw new ProblemError({
        status: 400,
        title: 'Malformed JSON',
        detail: 'The body is not valid JSON.',
      });
    }
    c.req.bodyCache.json = Promise.resolve(read.value);
    return next();
  };
}
