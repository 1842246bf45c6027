import { resolve } from 'node:path';
import { backupDatabase } from '../backup/backup-database.ts';
import { type CliCommand, UsageError } from './command.ts';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Back up the live database to FILE (safe while Heard runs).',
  usage: 'backup FILE',
  run: async (args, ctx) => {
    const [file, extra] = args.positionals;
    if (!file || extra !== undefined) throw new UsageError('Give one file to write the backup to.');
    const deps = await ctx.deps();
    const summary = await backupDatabase(deps.sqlite, resolve(file));
    ctx.out(`Backed up to ${summary.file} (${summary.bytes} bytes); its integrity check is ok.`);
    ctx.out(
      `Stories: ${summary.tables.story ?? 0}. Keep the data key (DATA_DIR/heard-data.key or HEARD_DATA_KEY) and erasures.jsonl safe too: see docs/operations.md.`,
    );
    return 0;
  },
};
