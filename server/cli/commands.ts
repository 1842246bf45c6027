import type { CliCommand } from './command.ts';
import { migrateCommand } from './migrate-command.ts';

/** Every CLI command. Add a command here and in its own file beside this one. */
export const COMMANDS: CliCommand[] = [migrateCommand];
