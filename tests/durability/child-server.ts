import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export type ChildHeard = {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Everything the server wrote to stderr so far (for failure messages). */
  stderr: () => string;
};

/**
 * Starts the real server as its own process (`node --import tsx server/index.ts`: one process,
 * one pid, docs/stack-notes.md) on a free port, and resolves once it logs `server.listening`.
 */
export function startChildHeard(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ChildHeard> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      DEMO_HOST_PORT: '0',
      LOG_LEVEL: 'info',
      HEARD_RATE_LIMIT_PER_ADDRESS: '0',
      HEARD_RATE_LIMIT_PER_SITE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return new Promise((resolveStart, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Server did not start: ${err}`)), 120_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"event":"server\.listening","port":(\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveStart({ url: `http://127.0.0.1:${match[1]}`, child, exited, stderr: () => err });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code} before listening: ${err}`));
    });
  });
}
