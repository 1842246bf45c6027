import { parseArgs } from 'node:util';
import type { Deps } from './app-env.ts';
import { boot } from './boot.ts';
import { UsageError } from './cli/command.ts';
import { COMMANDS } from './cli/commands.ts';
import { readEnv } from './env.ts';
import { createLogger } from './log.ts';

// `npm run heard -- <command> [options]`: site, user, backup and other operator tasks.
const out = (line: string) => process.stdout.write(`${line}\n`);
const [name, ...rest] = process.argv.slice(2);

function help(): void {
  out('Usage: npm run heard -- <command> [options]\n');
  for (const c of COMMANDS) out(`  ${c.usage.padEnd(48)} ${c.summary}`);
}

const command = COMMANDS.find((c) => c.name === name);
if (!command) {
  if (name && name !== 'help' && name !== '--help')
    process.stderr.write(`Unknown command "${name}".\n\n`);
  help();
  process.exit(name && name !== 'help' && name !== '--help' ? 2 : 0);
}

let opened: (Deps & { close: () => Promise<void> }) | undefined;
const env = readEnv();
let code = 0;
try {
  const args = parseArgs({
    args: rest,
    options: command.options ?? {},
    allowPositionals: true,
    strict: true,
  });
  code =
    (await command.run(args, {
      env,
      out,
      deps: async () => {
        opened ??= await boot(env, { log: createLogger('warn') });
        return opened;
      },
    })) ?? 0;
} catch (error) {
  if (
    error instanceof UsageError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    process.stderr.write(`${(error as Error).message}\nUsage: npm run heard -- ${command.usage}\n`);
    code = 2;
  } else {
    process.stderr.write(`${(error as Error).message}\n`);
    code = 1;
  }
} finally {
  await opened?.close();
}
process.exit(code);
