import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** One invalid field, named by its path in the request body (RFC 9457 extension member). */
export type FieldError = { field: string; pointer: string; detail: string };

export type Problem = {
  type?: string;
  title: string;
  status: ContentfulStatusCode;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
};

/**
 * A problem+json response as the route types see it: typed (so a handler that can also answer
 * with a problem keeps its `c.json` output in the app type the admin client is typed from), with
 * its own format, so a client's success types leave every problem out.
 */
export type ProblemResponse = Response & TypedResponse<Problem, ContentfulStatusCode, 'problem'>;

/** Sends an RFC 9457 problem+json response. Never include story text or contact details. */
export function problem(c: Context, p: Problem, headers?: Record<string, string>): ProblemResponse {
  // The body is the problem as JSON text; its type names the problem for the route types.
  return c.body(JSON.stringify({ type: 'about:blank', ...p }), p.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  }) as Response as ProblemResponse;
}

/** Turns zod issues into field errors, naming unknown fields so a client can drop them. */
export function fieldErrors(error: Pick<z.core.$ZodError, 'issues'>): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        out.push({
          field: path.join('.'),
          pointer: `#/${path.join('/')}`,
          detail: `"${key}" is not a field we accept`,
        });
      }
      continue;
    }
    out.push({
      field: issue.path.join('.'),
      pointer: `#/${issue.path.join('/')}`,
      detail: issue.message,
    });
  }
  return out;
}
