import type { Deps } from '../app-env.ts';
import { runDailyDigest } from './daily-digest.ts';
import { runEscalation } from './escalation.ts';

/**
 * Runs the time-driven alert jobs every minute, in-process (issue 13): escalation of urgent
 * stories past their response time, and the coordinators' daily digest. Each job is idempotent
 * (dedupe keys), so a run that overlaps a restart or repeats queues nothing twice. The clock is
 * the app's (`deps.now`), so tests drive the jobs directly. Unref'd; a failed run is logged by
 * name and tried again next minute.
 */
export function scheduleAlertJobs(
  deps: Pick<Deps, 'db' | 'sealer' | 'log' | 'now' | 'config'>,
  options: { intervalMs?: number } = {},
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await runEscalation(deps);
      await runDailyDigest(deps);
    } catch (error) {
      deps.log.error('alert_jobs.failed', { name: (error as Error).name });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), options.intervalMs ?? 60_000);
  timer.unref();
  const first = setTimeout(() => void run(), 5_000);
  first.unref();
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
