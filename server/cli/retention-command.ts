import { runRetention } from '../retention/run-retention.ts';
import type { CliCommand } from './command.ts';

export const retentionCommand: CliCommand = {
  name: 'retention',
  summary: 'Remove original words from stories past the retention period (also runs daily).',
  usage: 'retention [--dry-run]',
  options: { 'dry-run': { type: 'boolean' } },
  run: async (args, ctx) => {
    const deps = await ctx.deps();
    const dryRun = args.values['dry-run'] === true;
    const result = await runRetention(deps, { months: deps.config.retentionMonths, dryRun });
    const verb = dryRun ? 'Would remove' : 'Removed';
    ctx.out(
      `${verb} the original words of ${result.anonymised.length} stories received before ${result.cutoff.slice(0, 10)} (retention: ${deps.config.retentionMonths} months).`,
    );
    if (!dryRun) ctx.out(`Forgot ${result.idempotencyKeysForgotten} old Idempotency-Keys.`);
    return 0;
  },
};
