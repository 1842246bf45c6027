import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../app-env.ts';
import { ProblemError } from '../http/errors.ts';
import { clientAddress, UNKNOWN_ADDRESS } from './client-address.ts';

/**
 * In-memory token buckets with bounded memory. Each key may spend `capacity` tokens at once and
 * regains `perHour` tokens an hour. At most `maxKeys` keys are remembered: the least recently
 * used is forgotten first, so an attacker rotating addresses costs a fixed amount of memory
 * (a forgotten key starts again with a full bucket; the per-site limit still holds).
 */
export type TokenBuckets = {
  /** Spends one token; returns 0 when allowed, else the seconds until one is available. */
  take: (key: string, now?: number) => number;
  size: () => number;
};

export function createTokenBuckets(options: {
  perHour: number;
  capacity: number;
  maxKeys?: number;
}): TokenBuckets {
  const { perHour, capacity } = options;
  const maxKeys = options.maxKeys ?? 50_000;
  const perMs = perHour / 3_600_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now = Date.now()) {
      if (perHour <= 0) return 0;
      const bucket = buckets.get(key) ?? { tokens: capacity, at: now };
      buckets.delete(key);
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
    size: () => buckets.size,
  };
}

type Limiters = { address: TokenBuckets; site: TokenBuckets };
const limiters = new WeakMap<Deps, Limiters>();

/**
 * The public-write limiters of one running app (one per `Deps`, so each test app starts fresh).
 * Burst: a tenth of the hourly allowance, at least 5 — enough for a person correcting a form.
 */
export function publicLimiters(deps: Deps): Limiters {
  let found = limiters.get(deps);
  if (!found) {
    const { perAddressPerHour, perSitePerHour } = deps.config.rateLimit;
    found = {
      address: createTokenBuckets({
        perHour: perAddressPerHour,
        capacity: Math.max(5, Math.ceil(perAddressPerHour / 10)),
      }),
      site: createTokenBuckets({
        perHour: perSitePerHour,
        capacity: Math.max(5, Math.ceil(perSitePerHour / 10)),
        maxKeys: 10_000,
      }),
    };
    limiters.set(deps, found);
  }
  return found;
}

/**
 * The calm 429 a rate-limited person or program gets: problem+json with Retry-After. The journey
 * shows its own gentle message and keeps every answer in memory (issue 6).
 */
export function tooManyStories(retryAfterSeconds: number): ProblemError {
  return new ProblemError(
    {
      status: 429,
      title: 'Too many stories sent from here',
      detail: `Nothing was lost, but this was not saved yet. Please wait ${retryAfterSeconds <= 90 ? 'a minute' : 'a few minutes'} and send it again.`,
      retryAfterSeconds,
    },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/**
 * Limits public writes (story posts, the no-JavaScript form, withdrawal requests) per client
 * address, keyed on the real socket address (client-address.ts). Mount before the routes.
 * The per-site allowance is spent by the routes themselves, after validation, so invalid posts
 * never use up a site's allowance. `onLimited` answers in the route's own format (HTML pages).
 */
export function publicRateLimit(
  options: {
    onLimited?: (c: Context<AppEnv>, retryAfterSeconds: number) => Response | Promise<Response>;
  } = {},
): MiddlewareHandler<AppEnv> {
  return async function publicRateLimitMiddleware(c, next) {
    const { deps } = c.var;
    const limits = publicLimiters(deps);
    const address = clientAddress(c, deps.config.trustProxy);
    // No socket only happens in-process (`app.request` in tests): there is no sender to limit.
    const wait = address === UNKNOWN_ADDRESS ? 0 : limits.address.take(address);
    if (wait > 0) {
      deps.log.warn('rate_limit.address', { path: c.req.routePath, retryAfter: wait });
      if (options.onLimited) {
        c.header('Retry-After', String(wait));
        return options.onLimited(c, wait);
      }
      throw tooManyStories(wait);
    }
    await next();
  };
}
