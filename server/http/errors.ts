import type { Problem } from './problem.ts';

/**
 * A request that cannot be answered as asked. Routes and capabilities throw these; the one
 * `onError` in server/app.ts sends each as problem+json (RFC 9457), so a route reads as
 * "validate, authorise, call the capability, respond" with no error plumbing of its own.
 */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly headers: Record<string, string> | undefined;

  constructor(problem: Problem, headers?: Record<string, string>) {
    super(problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
    this.headers = headers;
  }
}

/** 404, worded the same whether the object does not exist or belongs to another Board. */
export class NotFound extends ProblemError {
  constructor(title = 'Not found') {
    super({
      status: 404,
      title,
      detail: 'There is nothing here, or you do not have access to it.',
    });
    this.name = 'NotFound';
  }
}

/** 409: the request is valid but clashes with what is stored (a duplicate, a closed story). */
export class Conflict extends ProblemError {
  constructor(title: string, detail: string, extra: Partial<Problem> = {}) {
    super({ ...extra, status: 409, title, detail });
    this.name = 'Conflict';
  }
}

/** 422 naming the fields to fix, in the shape the admin app links to its inputs. */
export class Unprocessable extends ProblemError {
  constructor(
    errors: Problem['errors'],
    title = 'Some entries need checking',
    detail = 'Nothing was changed. Each entry in "errors" names a field and what is wrong.',
  ) {
    super({ status: 422, title, detail, errors });
    this.name = 'Unprocessable';
  }
}

/** 422 for one field, e.g. a rule a schema cannot see (a Board the user does not act for). */
export function invalidField(field: string, detail: string, title?: string): Unprocessable {
  return new Unprocessable([{ field, pointer: `#/${field.split('.').join('/')}`, detail }], title);
}
