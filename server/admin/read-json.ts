import type { Context } from 'hono';
import type { z } from 'zod';
import { fieldErrors, type ProblemResponse, problem } from '../http/problem.ts';
import { readJsonBody } from '../http/read-body.ts';

export type JsonResult<T> = { ok: true; data: T } | { ok: false; response: ProblemResponse };

/**
 * Reads and validates a JSON body. Malformed JSON is a 400; a body that breaks the schema a 422
 * naming each field (the admin UI links each message to its input). Never casts a body.
 */
export async function readJson<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<JsonResult<z.output<S>>> {
  const read = await readJsonBody(c, { emptyAs: {} });
  if (!read.ok) {
    return {
      ok: false,
      response: problem(c, {
        status: 400,
        title: 'Malformed JSON',
        detail: 'The body is not valid JSON.',
      }),
    };
  }
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) {
    return {
      ok: false,
      response: problem(c, {
        status: 422,
        title: 'Some entries need checking',
        detail: 'Nothing was changed. Each entry in "errors" names a field and what is wrong.',
        errors: fieldErrors(parsed.error),
      }),
    };
  }
  return { ok: true, data: parsed.data };
}

/** Reads a positive integer path parameter; anything else is treated as "not found". */
export function idParam(c: Context, name: string): number | undefined {
  const raw = c.req.param(name);
  if (!raw || !/^[1-9]\d{0,15}$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : undefined;
}

export const notFound = (c: Context, what = 'Not found') =>
  problem(c, {
    status: 404,
    title: what,
    detail: 'There is nothing here, or you do not have access to it.',
  });

export const conflict = (c: Context, title: string, detail: string) =>
  problem(c, { status: 409, title, detail });
