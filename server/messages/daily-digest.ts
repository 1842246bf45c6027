import type { EscalationDeps } from './escalation.ts';

/** Placeholder until the digest lands (issue 13). */
export async function runDailyDigest(_deps: EscalationDeps): Promise<{ queued: number }> {
  return { queued: 0 };
}
