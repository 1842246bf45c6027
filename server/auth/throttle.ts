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
const WINDOW_MS = 15 * 60_000;

/**
 * Sign-in, second-factor and re-authentication failures of one running app (decision 0032).
 * Per account — keyed by the email as typed, whether or not it exists, so the limit reveals
 * nothing — 5 failures in 15 minutes; per client address 30 in 15 minutes (an office shares one).
 * Counted in memory, but refilled from the audit log when the app starts (decision 0062), so a
 * restart does not hand a password guesser a fresh allowance.
 */
export function signInLimiters(deps: Deps): SignInLimiters {
  let found = limiters.get(deps);
  if (!found) {
    found = {
      account: createFailureWindow({ limit: 5, windowMs: WINDOW_MS }),
      address: createFailureWindow({ limit: 30, windowMs: WINDOW_MS }),
    };
    limiters.set(deps, found);
    replayAuditedFailures(deps, found);
  }
  return found;
}

type AuditedAttempt = {
  at: string;
  action: string;
  object_id: string | null;
  address: string | null;
  email: string | null;
};

/**
 * Replays the last 15 minutes of audited sign-in events into fresh counters, in order: every
 * failure is already in the append-only audit log, so nothing extra is written on any request.
 * A failure for an email with no account is in the log without the email (it is not stored), so
 * it counts against its address only; guessing passwords for a non-account gains nothing.
 */
function replayAuditedFailures(deps: Deps, into: SignInLimiters): void {
  const now = deps.now().getTime();
  const rows = deps.sqlite
    .prepare(
      // Only the newest 50,000 events are read (by rowid, so at any size of log this is quick);
      // 15 minutes of sign-in traffic is far fewer, and a flood large enough to push failures
      // out of them is itself held back by the per-address limit.
      `select a.at, a.action, a.object_id, a.address, u.email
         from (select * from audit_event order by id desc limit 50000) a
         left join user u on a.object_type = 'user' and u.id = cast(a.object_id as integer)
        where a.at >= ? and a.action in ('session.sign_in_failed', 'session.totp_failed',
          'session.reauth_failed', 'session.sign_in', 'session.password_accepted')
        order by a.id`,
    )
    .all(new Date(now - WINDOW_MS).toISOString()) as AuditedAttempt[];
  for (const row of rows) {
    const at = new Date(row.at).getTime();
    if (row.action === 'session.sign_in' || row.action === 'session.password_accepted') {
      if (row.email) into.account.clear(accountKey(row.email));
      continue;
    }
    if (row.address) into.address.fail(row.address, at);
    if (row.action === 'session.sign_in_failed') {
      if (row.email) into.account.fail(accountKey(row.email), at);
    } else if (row.object_id) {
      into.account.fail(accountKey(`user:${row.object_id}`), at);
    }
  }
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
