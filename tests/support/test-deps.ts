import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../../server/app-env.ts';
import { boot } from '../../server/boot.ts';
import { readEnv } from '../../server/env.ts';
import { createLogger, type Logger } from '../../server/log.ts';
import { DEMO_SITE_KEY, seedDemo } from '../../server/seed/demo.ts';

export type TestDeps = Deps & { dataDir: string; logLines: string[]; cleanup: () => Promise<void> };

/**
 * Real dependencies on a real SQLite file in a fresh temporary folder, migrated, with the demo
 * Board and site seeded (key `demo`). Log lines are kept in `logLines` for leak checks.
 */
export async function createTestDeps(
  options: { seed?: boolean; allowedOrigins?: string[]; env?: Record<string, string> } = {},
): Promise<TestDeps> {
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-test-'));
  const logLines: string[] = [];
  const log: Logger = createLogger('debug', (line) => logLines.push(line));
  const env = readEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...options.env });
  const deps = await boot(env, { log });
  if (options.seed ?? true) {
    await seedDemo(deps.db, { allowedOrigins: options.allowedOrigins ?? ['http://127.0.0.1:1'] });
  }
  return {
    ...deps,
    dataDir,
    logLines,
    cleanup: async () => {
      await deps.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { DEMO_SITE_KEY };
