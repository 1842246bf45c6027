/** One invalid field as the API names it (RFC 9457 extension; server/http/problem.ts). */
export type FieldError = { field: string; pointer?: string; detail: string };

/** An API failure with the problem+json body, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === 'string' ? body.title : 'Something went wrong';
    const detail = typeof body.detail === 'string' ? body.detail : undefined;
    // `message` is the sentence to show a person: the detail when the server gave one.
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.type = typeof body.type === 'string' ? body.type : 'about:blank';
    this.title = title;
    this.detail = detail;
    this.errors = Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [];
    this.body = body;
  }
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.detail === 'string';
}

/** Whether the API wants fresh proof of identity before this action (428, docs/admin-api.md). */
export function isReauthProblem(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 428;
}
