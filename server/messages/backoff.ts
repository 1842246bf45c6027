/**
 * When to try a failed message again (decision 0086): 30 s, doubling, at most 30 minutes apart,
 * each spread by up to a fifth either way so many messages failing together (an SMTP outage) do
 * not all come back in the same second. Pure, so the schedule is tested without waiting.
 */
export const FIRST_RETRY_MS = 30_000;
export const LONGEST_RETRY_MS = 30 * 60_000;
/** Retrying stops after about this long; the message is then `failed`, visible, and retryable. */
export const RETRY_WINDOW_MS = 3 * 24 * 60 * 60_000;

/** Delay before the next try, after `attempts` failed tries (1 after the first failure). */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const nominal = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
  return Math.round(nominal * (0.8 + 0.4 * random()));
}

/**
 * How many failed tries add up to the retry window on the nominal schedule. Counting tries
 * rather than time since the message was queued means an admin's "retry" on a failed message
 * (which starts its count again) gets a full window, not one try.
 */
export function attemptsInWindow(windowMs: number = RETRY_WINDOW_MS): number {
  let total = 0;
  let attempts = 0;
  while (total < windowMs) {
    attempts += 1;
    total += retryDelayMs(attempts, () => 0.5);
  }
  return attempts;
}
