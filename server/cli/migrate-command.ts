import type { CliCommand } from './command.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Create or update the database schema (npm start also does this).',
  usage: 'migrate',
  run: async (_args, ctx) => {
    await ctx.deps();
    ctx.out('The database is up to date.');
    return 0;
  },
};
