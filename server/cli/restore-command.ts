import { resolve } from 'node:path';
import { RestoreRefusedError, restoreDatabase } from '../backup/restore-database.ts';
import { type CliCommand, UsageError } from './command.ts';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Replace the database with a backup (stop Heard first; the old file is kept).',
  usage: 'restore FILE',
  run: async (args, ctx) => {
    const [file, extra] = args.positionals;
    if (!file || extra !== undefined) throw new UsageError('Give one backup file to restore.');
    try {
      const result = await restoreDatabase(ctx.env.DATA_DIR, resolve(file), {
        retentionMonths: ctx.env.HEARD_RETENTION_MONTHS,
        dataKey: ctx.env.HEARD_DATA_KEY,
      });
      ctx.out(`Restored ${resolve(file)}. Stories: ${result.tables.story ?? 0}.`);
      if (result.previous) ctx.out(`The database it replaced is kept at ${result.previous}.`);
      ctx.out(
        `Stories withdrawn after this backup, withdrawn again: ${result.erasuresReapplied}. Stories past the retention period, words removed again: ${result.retentionApplied}.`,
      );
      return 0;
    } catch (error) {
      if (error instanceof RestoreRefusedError) {
        ctx.out(`Not restored: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};
