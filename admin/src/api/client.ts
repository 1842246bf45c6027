import { ApiError, isReauthProblem } from './problem.ts';

/** Base path of the admin JSON API (docs/admin-api.md). */
export const API_BASE = '/admin/api';

/** Header carrying the CSRF token on every state-changing request (docs/admin-api.md). */
export const CSRF_HEADER = 'X-CSRF-Token';

let csrfToken: string | null = null;

/** Remembers the CSRF token the API gave with the session; kept in memory only, never storage. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Listener = (error: ApiError) => void;
const signedOutListeners = new Set<Listener>();
let reauthHandler: ((error: ApiError) => Promise<boolean>) | null = null;

/** Called when the API says the session has ended, so the app can show the sign-in page. */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/**
 * Installs the prompt that asks for the password again when the API wants fresh proof of
 * identity; it resolves true when the person re-authenticated, and the request is then retried.
 */
export function setReauthHandler(handler: ((error: ApiError) => Promise<boolean>) | null): void {
  reauthHandler = handler;
}

/**
 * Asks the person to confirm it is them (the installed prompt), for requests that cannot go
 * through `api` (file downloads read as blobs). Resolves true when they did.
 */
export function reauthenticate(error: ApiError): Promise<boolean> {
  return reauthHandler ? reauthHandler(error) : Promise.resolve(false);
}

export type RequestOptions = { signal?: AbortSignal; quietSignOut?: boolean };

async function send<T>(
  method: string,
  path: string,
  body: unknown,
  options: RequestOptions,
  retried = false,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Every request carries the JSON content type (the API refuses anything else with 415) and,
  // when we have one, the CSRF token.
  headers['Content-Type'] = 'application/json';
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? (method === 'GET' ? undefined : '{}') : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, {
      title: 'We could not reach Heard',
      detail: 'Check your connection and try again. Nothing was changed.',
    });
  }
  const token = response.headers.get(CSRF_HEADER);
  if (token) csrfToken = token;
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (response.ok) return parsed as T;
  const problemBody =
    typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : { title: `The server answered ${response.status}` };
  const error = new ApiError(response.status, problemBody);
  if (isReauthProblem(error) && !retried && reauthHandler) {
    if (await reauthHandler(error)) return send<T>(method, path, body, options, true);
    throw error;
  }
  if (error.status === 401 && !options.quietSignOut) {
    for (const listener of signedOutListeners) listener(error);
  }
  throw error;
}

/** The admin API client: JSON in, JSON out, problem+json turned into ApiError. */
export const api = {
  get: <T>(path: string, options: RequestOptions = {}) => send<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('PUT', path, body, options),
  patch: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('PATCH', path, body, options),
  delete: <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('DELETE', path, body, options),
};

/** Builds a query string from the defined, non-empty values only. */
export function query(
  params: Record<string, string | number | boolean | undefined | null>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
