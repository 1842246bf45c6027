import type { Deps } from '../app-env.ts';

/**
 * Failed attempts in a sliding window, per key, with bounded memory (least recently used keys
 * are forgotten first). Only failures count, so staff signing in often are never slowed down.
 */
export type FailureWindow = {
  /** Seconds until another attempt is allowed for this key, or 0. */
  wait: (key: string, now: number) => number;
  fail: (key: string, now: number) => void;
  clear: (key: string) => void;
};

export function createFailureWindow(options: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
}): FailureWindow {
  const { limit, windowMs } = options;
  const maxKeys = options.maxKeys ?? 50_000;
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) =>
    (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    wait(key, now) {
      const times = recent(key, now);
      if (times.length < limit) return 0;
      const oldest = times[times.length - limit] as number;
      return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    },
    fail(key, now) {
      const times = recent(key, now);
      times.push(now);
      failures.delete(key);
      failures.set(key, times.slice(-limit * 2));
      if (failures.size > maxKeys) {
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
    },
    clear(key) {
      failures.delete(key);
    },
  };
}

type SignInLimiters = { account: FailureWindow; address: FailureWindow };
const limiters = new WeakMap<Deps, SignInLimiters>();

/**
 * Sign-in, second-factor and re-authentication failures of one running app (decision 0032).
 * Per account — keyed by the email as typed, whether or not it exists, so the limit reveals
 * nothing — 5 failures in 15 minutes; per client address 30 in 15 minutes (an office shares one).
 */
export function signInLimiters(deps: Deps): SignInLimiters {
  let found = limiters.get(deps);
  if (!found) {
    found = {
      account: createFailureWindow({ limit: 5, windowMs: 15 * 60_000 }),
      address: createFailureWindow({ limit: 30, windowMs: 15 * 60_000 }),
    };
    limiters.set(deps, found);
  }
  return found;
}

const accountKey = (key: string) => key.trim().toLowerCase().slice(0, 320);

/** Seconds to wait before this account may be tried again from this address, or 0. */
export function signInWait(deps: Deps, account: string, address: string): number {
  const now = deps.now().getTime();
  const { account: byAccount, address: byAddress } = signInLimiters(deps);
  return Math.max(byAddress.wait(address, now), byAccount.wait(accountKey(account), now));
}

export function recordSignInFailure(deps: Deps, account: string, address: string): void {
  const now = deps.now().getTime();
  const { account: byAccount, address: byAddress } = signInLimiters(deps);
  byAddress.fail(address, now);
  byAccount.fail(accountKey(account), now);
}

/** A success clears the account's failures (not the address's: others may share it). */
export function clearSignInFailures(deps: Deps, account: string): void {
  signInLimiters(deps).account.clear(accountKey(account));
}
