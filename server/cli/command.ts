import type { ParseArgsConfig } from 'node:util';
import type { Deps } from '../app-env.ts';
import type { Env } from '../env.ts';

export type CliContext = {
  env: Env;
  /** Opens the database (migrated) on first use; commands that need none never open it. */
  deps: () => Promise<Deps>;
  out: (line: string) => void;
};

/** One `npm run heard -- <name> ...` command. */
export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  options?: ParseArgsConfig['options'];
  run: (
    args: {
      values: Record<string, string | boolean | (string | boolean)[] | undefined>;
      positionals: string[];
    },
    ctx: CliContext,
  ) => Promise<number | undefined>;
};

/** Thrown for a mistake in how a command was called: printed without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
