/** What became of a send. Answers stay in memory for every outcome except `sent`. */
export type SendResult =
  | { kind: 'sent'; reference: string }
  | { kind: 'invalid'; errors: { field: string; detail: string }[] }
  | { kind: 'rate_limited' }
  | { kind: 'unavailable' }
  | { kind: 'failed' };

export type SendOptions = {
  /** One key for the whole journey: a retry after a lost response never stores a second copy. */
  idempotencyKey: string;
  /** Called before each automatic retry, so the person hears what is happening. */
  onRetry?: (attempt: number) => void;
  timeoutMs?: number;
  /** Waits before retries 2, 3, 4… (milliseconds). */
  backoffMs?: readonly number[];
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

/**
 * Posts the story to `/api/v1/stories`. A dropped connection, a timeout or a 5xx other than 503
 * is retried automatically with the SAME key and the SAME body (issue 6); 429 and 503 are
 * answered at once with a calm message instead, because waiting seconds would not help.
 */
export async function sendStory(body: string, options: SendOptions): Promise<SendResult> {
  const doFetch = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? wait;
  const backoff = options.backoffMs ?? [1000, 3000, 6000];
  const timeoutMs = options.timeoutMs ?? 15_000;
  for (let attempt = 0; attempt <= backoff.length; attempt++) {
    if (attempt > 0) {
      options.onRetry?.(attempt);
      await sleep(backoff[attempt - 1] ?? 0);
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), timeoutMs);
    let res: Response;
    try {
      res = await doFetch('/api/v1/stories', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': options.idempotencyKey },
        body,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      continue;
    } finally {
      window.clearTimeout(timer);
    }
    if (res.status === 201) {
      const data = (await res.json().catch(() => null)) as { reference?: unknown } | null;
      if (data && typeof data.reference === 'string')
        return { kind: 'sent', reference: data.reference };
      continue;
    }
    if (res.status === 429) return { kind: 'rate_limited' };
    if (res.status === 503) return { kind: 'unavailable' };
    if (res.status === 422 || res.status === 400) {
      const data = (await res.json().catch(() => null)) as {
        errors?: { field?: unknown; detail?: unknown }[];
      } | null;
      const errors = (data?.errors ?? [])
        .filter((e) => typeof e.field === 'string' && typeof e.detail === 'string')
        .map((e) => ({ field: e.field as string, detail: e.detail as string }));
      return { kind: 'invalid', errors };
    }
    if (res.status >= 500) continue;
    return { kind: 'failed' };
  }
  return { kind: 'failed' };
}
