import { backupCommand } from './backup-command.ts';
import type { CliCommand } from './command.ts';
import { migrateCommand } from './migrate-command.ts';
import { restoreCommand } from './restore-command.ts';
import { retentionCommand } from './retention-command.ts';
import { rotateKeyCommand } from './rotate-key-command.ts';
import { seedCommand } from './seed-command.ts';
import { siteCommand } from './site-command.ts';
import { userCommand } from './user-command.ts';

/** Every CLI command. Add a command here and in its own file beside this one. */
export const COMMANDS: CliCommand[] = [
  migrateCommand,
  backupCommand,
  restoreCommand,
  retentionCommand,
  siteCommand,
  seedCommand,
  userCommand,
  rotateKeyCommand,
];
