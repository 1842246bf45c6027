import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';

/** A parsed form: each field's value, or every value when the field was sent more than once. */
export type FormFields = Record<string, unknown>;

/**
 * Reads a form body (urlencoded or multipart) for the HTML form routes. A body that cannot be
 * parsed — garbage multipart, a wrong or missing boundary, a truncated part — is answered as an
 * empty form (decision 0068): the route then shows its usual error page or summary, in the
 * person's language, instead of a stack trace and a 500. Other content types also read as empty.
 * The body was already limited in size by limitBodies() (server/http/body-limit.ts).
 */
export async function readForm(c: Context<AppEnv>): Promise<FormFields> {
  try {
    return (await c.req.parseBody({ all: true })) as FormFields;
  } catch (error) {
    c.var.deps.log.warn('request.malformed_body', {
      path: c.req.path,
      contentType: (c.req.header('Content-Type') ?? '').slice(0, 80),
      name: error instanceof Error ? error.name : typeof error,
    });
    return {};
  }
}

export type JsonBody = { ok: true; value: unknown } | { ok: false };

/**
 * Reads a JSON body. Any failure to parse (bad syntax, truncation, nesting too deep for the
 * parser) is `{ ok: false }` for the route to answer with a 400 problem; an empty body is
 * `emptyAs` when given (the admin API treats it as `{}`).
 */
export async function readJsonBody(
  c: Context,
  options: { emptyAs?: unknown } = {},
): Promise<JsonBody> {
  try {
    const text = await c.req.text();
    if ('emptyAs' in options && text.trim() === '') return { ok: true, value: options.emptyAs };
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
