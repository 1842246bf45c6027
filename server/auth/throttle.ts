import type { Deps } from '../app-env.ts';
import { createTokenBuckets, type TokenBuckets } from '../middleware/rate-limit.ts';

type SignInLimiters = { account: TokenBuckets; address: TokenBuckets };
const limiters = new WeakMap<Deps, SignInLimiters>();

/**
 * Sign-in (and re-authentication, and TOTP) attempt limits of one running app. Per account,
 * keyed by the email as typed whether or not it exists, so the limit itself reveals nothing:
 * 5 attempts at once, then one every 3 minutes. Per client address: 30 at once, then 5 a minute
 * (an office behind one address has many staff).
 */
export function signInLimiters(deps: Deps): SignInLimiters {
  let found = limiters.get(deps);
  if (!found) {
    found = {
      account: createTokenBuckets({ perHour: 20, capacity: 5 }),
      address: createTokenBuckets({ perHour: 300, capacity: 30 }),
    };
    limiters.set(deps, found);
  }
  return found;
}

/** Spends one attempt for this account and address; returns seconds to wait, or 0. */
export function takeSignInAttempt(deps: Deps, accountKey: string, address: string): number {
  const at = deps.now().getTime();
  const { account, address: byAddress } = signInLimiters(deps);
  const a = byAddress.take(address, at);
  if (a > 0) return a;
  return account.take(accountKey.trim().toLowerCase().slice(0, 320), at);
}
