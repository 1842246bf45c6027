import type { Deps } from '../app-env.ts';

/**
 * Attempts in a sliding window, per key, with bounded memory (least recently used keys are
 * forgotten first). An attempt is counted *before* the password or code is checked (a
 * reservation), so parallel guesses count one by one; a success then takes its own attempt back.
 * Below `limit` there is no wait; from `limit` on, each further attempt waits twice as long as
 * the one before (`firstDelayMs`, doubling, at most `maxDelayMs`) after the latest attempt.
 */
export type AttemptWindow = {
  /** Seconds until another attempt is allowed for this key, or 0. */
  wait: (key: string, now: number) => number;
  count: (key: string, now: number) => number;
  add: (key: string, at: number) => void;
  /** Takes back one attempt made at `at` (a reservation that turned out to be a success). */
  remove: (key: string, at: number) => void;
  clear: (key: string) => void;
};

export function createAttemptWindow(options: {
  limit: number;
  windowMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
  maxKeys?: number;
}): AttemptWindow {
  const { limit, windowMs, firstDelayMs, maxDelayMs } = options;
  const maxKeys = options.maxKeys ?? 50_000;
  const attempts = new Map<string, number[]>();
  const recent = (key: string, now: number) =>
    (attempts.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    wait(key, now) {
      const times = recent(key, now);
      if (times.length < limit) return 0;
      const delay = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(30, times.length - limit));
      const latest = Math.max(...times);
      const ms = latest + delay - now;
      return ms > 0 ? Math.ceil(ms / 1000) : 0;
    },
    count(key, now) {
      return recent(key, now).length;
    },
    add(key, at) {
      const times = recent(key, at);
      times.push(at);
      attempts.delete(key);
      // Enough history for the longest delay; older attempts add nothing.
      attempts.set(key, times.slice(-(limit + 32)));
      if (attempts.size > maxKeys) {
        const oldest = attempts.keys().next().value;
        if (oldest !== undefined) attempts.delete(oldest);
      }
    },
    remove(key, at) {
      const times = attempts.get(key);
      if (!times) return;
      const i = times.lastIndexOf(at);
      if (i >= 0) times.splice(i, 1);
      if (times.length === 0) attempts.delete(key);
    },
    clear(key) {
      attempts.delete(key);
    },
  };
}

/** Limits of decision 0063 (which refines 0032 and 0062). */
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 30;
const DAY_MS = 24 * 3_600_000;
const ACCOUNT_WINDOW_MS = DAY_MS;
const ADDRESS_WINDOW_MS = 15 * 60_000;

type State = {
  /** Attempts without a trusted device cookie, per account (as typed, or `user:<id>`). */
  account: AttemptWindow;
  /** Attempts without a trusted device cookie, per client address. */
  address: AttemptWindow;
  /** Attempts from a browser whose device cookie is valid for the account, per device. */
  device: AttemptWindow;
  /** Accounts (user ids) whose current episode of attack has already been reported. */
  reported: Set<number>;
  /** Newest audit event id seen, so unlocks written by another process (the CLI) are noticed. */
  seenAuditId: number;
};
const states = new WeakMap<Deps, State>();

function state(deps: Deps): State {
  let found = states.get(deps);
  if (!found) {
    found = {
      account: createAttemptWindow({
        limit: ACCOUNT_LIMIT,
        windowMs: ACCOUNT_WINDOW_MS,
        firstDelayMs: 60_000,
        maxDelayMs: 60 * 60_000,
      }),
      address: createAttemptWindow({
        limit: ADDRESS_LIMIT,
        windowMs: ADDRESS_WINDOW_MS,
        firstDelayMs: 60_000,
        maxDelayMs: 15 * 60_000,
      }),
      device: createAttemptWindow({
        limit: ACCOUNT_LIMIT,
        windowMs: ACCOUNT_WINDOW_MS,
        firstDelayMs: 60_000,
        maxDelayMs: 60 * 60_000,
      }),
      reported: new Set(),
      seenAuditId: 0,
    };
    states.set(deps, found);
    replayAudit(deps, found);
  }
  catchUpUnlocks(deps, found);
  return found;
}

export const accountKey = (key: string) => key.trim().toLowerCase().slice(0, 320);
const userKey = (userId: number) => `user:${userId}`;

type AuditRow = {
  id: number;
  at: string;
  action: string;
  object_id: string | null;
  address: string | null;
  detail: string | null;
  email: string | null;
};

/** Audited actions that move the counters, replayed in order when the app starts (0062). */
const REPLAYED = [
  'session.sign_in_failed',
  'session.totp_failed',
  'session.reauth_failed',
  'session.sign_in',
  'session.password_accepted',
  'account.under_attack',
  'user.unlocked',
];

const auditQuery = (where: string) =>
  `select a.id, a.at, a.action, a.object_id, a.address, a.detail, u.email
     from (select * from audit_event order by id desc limit 50000) a
     left join user u on a.object_type = 'user' and u.id = cast(a.object_id as integer)
    where ${where}
    order by a.id`;

const deviceOf = (detail: string | null): string | null => {
  try {
    const device = (JSON.parse(detail ?? '{}') as { device?: unknown }).device;
    return typeof device === 'string' ? device : null;
  } catch {
    return null;
  }
};

/**
 * Replays the last day of audited sign-in events into fresh counters, in order: every attempt's
 * outcome is already in the append-only audit log, so nothing extra is written on any request.
 * A failure for an email with no account is in the log without the email (it is not stored), so
 * it counts against its address only; guessing passwords for a non-account gains nothing.
 * Only the newest 50,000 events are read (by rowid, so at any size of log this is quick).
 */
function replayAudit(deps: Deps, into: State): void {
  const now = deps.now().getTime();
  const rows = deps.sqlite
    .prepare(auditQuery(`a.at >= ? and a.action in (${REPLAYED.map((a) => `'${a}'`).join(', ')})`))
    .all(new Date(now - ACCOUNT_WINDOW_MS).toISOString()) as AuditRow[];
  for (const row of rows) applyAuditRow(into, row);
  const newest = deps.sqlite.prepare('select max(id) as id from audit_event').get() as {
    id: number | null;
  };
  into.seenAuditId = newest.id ?? 0;
}

function applyAuditRow(into: State, row: AuditRow): void {
  const at = new Date(row.at).getTime();
  const device = deviceOf(row.detail);
  const userId = row.object_id ? Number(row.object_id) : null;
  switch (row.action) {
    case 'user.unlocked':
      if (userId !== null) unlockInto(into, userId, row.email);
      return;
    case 'account.under_attack':
      if (userId !== null) into.reported.add(userId);
      return;
    case 'session.sign_in':
    case 'session.password_accepted':
      if (device) into.device.clear(`device:${device}`);
      else if (row.email) into.account.clear(accountKey(row.email));
      return;
  }
  if (device) {
    into.device.add(`device:${device}`, at);
    return;
  }
  if (row.address) into.address.add(row.address, at);
  if (row.action === 'session.sign_in_failed') {
    if (row.email) into.account.add(accountKey(row.email), at);
  } else if (userId !== null) {
    into.account.add(userKey(userId), at);
  }
}

function unlockInto(into: State, userId: number, email: string | null): void {
  into.account.clear(userKey(userId));
  if (email) into.account.clear(accountKey(email));
  into.reported.delete(userId);
}

/**
 * Applies unlocks audited since the last look, whichever process wrote them (the admin API or
 * `npm run heard -- user unlock`). better-sqlite3 is synchronous, so this read keeps a
 * reservation atomic; it reads only rows newer than the last one seen (a primary-key range).
 */
function catchUpUnlocks(deps: Deps, into: State): void {
  const rows = deps.sqlite
    .prepare(auditQuery(`a.id > ? and a.action = 'user.unlocked'`))
    .all(into.seenAuditId) as AuditRow[];
  for (const row of rows) applyAuditRow(into, row);
  const newest = deps.sqlite.prepare('select max(id) as id from audit_event').get() as {
    id: number | null;
  };
  into.seenAuditId = Math.max(into.seenAuditId, newest.id ?? 0);
}

/** What one attempt is counted against. */
export type AttemptKeys = {
  /** The email as typed (sign-in) or `user:<id>` (steps after the password). */
  account: string;
  address: string;
  /** Hash of a device cookie valid for this account (server/auth/device-cookie.ts), or null. */
  device: string | null;
};

export type Reservation =
  | { wait: number; reserved: false }
  | { wait: 0; reserved: true; keys: string[]; at: number; trusted: boolean; account: string };

const keysOf = (s: State, keys: AttemptKeys): [AttemptWindow, string][] =>
  keys.device
    ? // A browser that has signed in to this account before is counted on its own: an
      // attacker's failures against the account or from the same address do not hold it up.
      [[s.device, `device:${keys.device}`]]
    : [
        [s.account, accountKey(keys.account)],
        [s.address, keys.address],
      ];

/**
 * Counts an attempt before the password or code is checked, or says how long to wait. It runs
 * synchronously (no await between the check and the count), so fifty parallel guesses are
 * fifty attempts: only the first five reach the expensive check.
 */
export function reserveAttempt(deps: Deps, keys: AttemptKeys): Reservation {
  const s = state(deps);
  const now = deps.now().getTime();
  const windows = keysOf(s, keys);
  const wait = Math.max(0, ...windows.map(([w, k]) => w.wait(k, now)));
  if (wait > 0) return { wait, reserved: false };
  for (const [w, k] of windows) w.add(k, now);
  return {
    wait: 0,
    reserved: true,
    keys: windows.map(([, k]) => k),
    at: now,
    trusted: keys.device !== null,
    account: keys.account,
  };
}

/**
 * The password or code was right: the attempt is taken back, and the account's (or device's)
 * count starts again. The address keeps its count: others may share it.
 */
export function attemptSucceeded(deps: Deps, r: Reservation): void {
  if (!r.reserved) return;
  const s = state(deps);
  if (r.trusted) {
    s.device.clear(r.keys[0] ?? '');
    return;
  }
  s.account.clear(accountKey(r.account));
  s.address.remove(r.keys[1] ?? '', r.at);
}

/**
 * The attempt failed (it stays counted). True when this failure starts an episode of attack on
 * the account: untrusted failures have reached the limit and no alert was raised for it yet, so
 * the caller records one audited `account.under_attack` event for admins.
 */
export function attemptFailed(deps: Deps, r: Reservation, userId: number | null): boolean {
  if (!r.reserved || r.trusted || userId === null) return false;
  const s = state(deps);
  const now = deps.now().getTime();
  const failures = Math.max(
    s.account.count(accountKey(r.account), now),
    s.account.count(userKey(userId), now),
  );
  if (failures < ACCOUNT_LIMIT) {
    s.reported.delete(userId);
    return false;
  }
  if (s.reported.has(userId)) return false;
  s.reported.add(userId);
  return true;
}

/** The sign-in state of one account, as admins see it on the users page and API. */
export type SignInState = {
  /** Failed attempts in the last day from browsers that have not signed in to it before. */
  recentFailures: number;
  /** Seconds before a new browser may try this account again (0: no delay). */
  waitSeconds: number;
  /** An `account.under_attack` alert was raised and the episode has not ended. */
  underAttack: boolean;
};

export function signInState(deps: Deps, user: { id: number; email: string }): SignInState {
  const s = state(deps);
  const now = deps.now().getTime();
  const byEmail = accountKey(user.email);
  const byId = userKey(user.id);
  const recentFailures = Math.max(s.account.count(byEmail, now), s.account.count(byId, now));
  if (recentFailures < ACCOUNT_LIMIT) s.reported.delete(user.id);
  return {
    recentFailures,
    waitSeconds: Math.max(s.account.wait(byEmail, now), s.account.wait(byId, now)),
    underAttack: s.reported.has(user.id),
  };
}
