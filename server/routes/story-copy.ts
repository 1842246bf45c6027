import { Hono } from 'hono';
import { MESSAGE_WORDINGS } from '../../domain/outbox.ts';
import type { AppEnv } from '../app-env.ts';
import { ProblemError } from '../http/errors.ts';
import { parseJsonBodies } from '../http/json-bodies.ts';
import { requestReferenceCopy } from '../messages/reference-copy.ts';
import { clientAddress } from '../middleware/client-address.ts';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * POST /api/v1/stories/copy (PUBLIC CONTRACT, decision 0093): `{ reference, email, language,
 * wording? }` (`neutral` or `named`; unset, as chosen on the contact page) emails the person a
 * copy of their reference and answers. 202 queued; 415 not JSON;
 * 400 malformed JSON; 422 a malformed reference or email (in the person's language); 429 too
 * many; 410 too late or no such story; 409 a copy was already sent. Rate limited per address
 * like POST /api/v1/stories (app.ts).
 */
export const storyCopyRoutes = new Hono<AppEnv>().post(
  '/api/v1/stories/copy',
  async (c, next) => {
    if (!JSON_TYPE.test(c.req.header('Content-Type') ?? '')) {
      throw new ProblemError({
        status: 415,
        title: 'Unsupported content type',
        detail: 'Send the request as application/json.',
      });
    }
    await next();
  },
  parseJsonBodies(),
  async (c) => {
    const { deps } = c.var;
    const raw: unknown = await c.req.json();
    const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const wording = MESSAGE_WORDINGS.find((w) => w === body.wording);
    await requestReferenceCopy(deps, {
      reference: text(body.reference),
      email: text(body.email),
      language: text(body.language),
      wording,
      address: clientAddress(c, deps.config.trustProxy),
    });
    return c.json({ queued: true }, 202, { 'Cache-Control': 'no-store' });
  },
);
