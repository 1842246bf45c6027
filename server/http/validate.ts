import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { NotFound, Unprocessable } from './errors.ts';
import { fieldErrors } from './problem.ts';

type Target = 'json' | 'query' | 'param';

/**
 * The one way a route checks its input: `@hono/zod-validator` with one hook. A body or query
 * that breaks the schema is a 422 naming each field (the shape docs/admin-api.md gives, which the
 * admin app links to its inputs); a path parameter that breaks it is a 404, because an id that
 * cannot exist is simply not found. The route then reads `c.req.valid(target)`, never the raw
 * request. Bodies reach here already limited in size (limitBodies) and parsed once
 * (parseJsonBodies), so malformed JSON is a 400 before any schema runs.
 */
export function validate<T extends Target, S extends z.ZodType>(
  target: T,
  schema: S,
  options: ValidateOptions = {},
) {
  return zValidator(target, schema, (result) => {
    if (result.success) return;
    if (target === 'param') throw new NotFound(options.notFound);
    throw new Unprocessable(
      fieldErrors(result.error),
      options.invalid?.title,
      options.invalid?.detail,
    );
  });
}

export type ValidateOptions = {
  /** The 404's title for a bad path parameter ('Not found' unless given). */
  notFound?: string;
  /**
   * The 422's title and detail, where an API words them for what it checks (the story API's
   * "Some answers need checking"); otherwise the admin API's "Some entries need checking".
   */
  invalid?: { title: string; detail: string };
};

/** A positive integer id in a path, as stored (SQLite rowids); anything else is "not found". */
export const idSchema = z
  .string()
  .regex(/^[1-9]\d{0,15}$/)
  .transform(Number)
  .refine(Number.isSafeInteger);

/** Path parameters that are all ids: `validate('param', ids('boardId', 'storyId'))`. */
export function ids<K extends string>(...names: K[]) {
  return z.object(
    Object.fromEntries(names.map((n) => [n, idSchema])) as Record<K, typeof idSchema>,
  );
}
