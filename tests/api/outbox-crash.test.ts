import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { boot } from '../../server/boot.ts';
import { readEnv } from '../../server/env.ts';
import { createLogger } from '../../server/log.ts';
import { NO_WAY_TO_SEND } from '../../server/messages/transports/choose.ts';
import { DEMO_BOARD_SLUG, seedDemo } from '../../server/seed/demo.ts';
import { createStaff, type StaffAccount } from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';
import { freePort, type Mailbox, startMailbox } from '../support/mailbox.ts';
import { waitFor } from '../support/outbox.ts';

// The real server process, killed with SIGKILL between storing an urgent story and sending its
// alerts: after a restart each alert arrives exactly once.
const ROOT = resolve(import.meta.dirname, '..', '..');
let dataDir: string;
let running: ChildProcess | undefined;
let mailbox: Mailbox | undefined;
afterEach(async () => {
  if (running && running.exitCode === null) {
    const exited = new Promise((r) => running?.once('exit', r));
    running.kill('SIGKILL');
    await exited;
  }
  running = undefined;
  await mailbox?.close();
  mailbox = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

/** A data folder with the demo Board and these coordinators, made before the server starts. */
async function prepare(coordinators: number): Promise<StaffAccount[]> {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-crash-'));
  const deps = await boot(readEnv({ DATA_DIR: dataDir }), { log: createLogger('silent') });
  await seedDemo(deps.db, { allowedOrigins: [] });
  const staff: StaffAccount[] = [];
  for (let i = 0; i < coordinators; i++)
    staff.push(await createStaff(deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] }));
  await deps.close();
  return staff;
}

/** Starts `node --import tsx server/index.ts`; resolves with its URL and what it printed. */
async function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      DEMO_HOST_PORT: '0',
      HEARD_SEED_DEMO: 'true',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running = child;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = await waitFor(
    'the server to listen',
    () => {
      if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
      const port = /"event":"server.listening","port":(\d+)/.exec(output)?.[1];
      return port && output.includes('Heard is running.') ? `http://127.0.0.1:${port}` : undefined;
    },
    60_000,
  );
  return { child, url, output: () => output };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

const messages = () => {
  const db = new SQLite(join(dataDir, 'heard.db'), { readonly: true });
  try {
    return db.prepare('select id, status, attempts from message order by id').all() as {
      id: number;
      status: string;
      attempts: number;
    }[];
  } finally {
    db.close();
  }
};

describe('alerts across a crash', () => {
  it('delivers each alert exactly once after SIGKILL and a restart', async () => {
    const coordinators = await prepare(2);
    const smtpPort = await freePort();
    const env = {
      HEARD_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      HEARD_MAIL_FROM: 'Heard <alerts@heard.test>',
    };
    const first = await startServer(env);
    const res = await fetch(`${first.url}/api/v1/stories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...adultStory({ feelSafer: 'less_safe' }), elapsedMs: 300_000 }),
    });
    expect(res.status).toBe(201);
    await kill(first.child);
    expect(messages().map((m) => m.status)).toEqual(['waiting', 'waiting']);

    mailbox = await startMailbox(smtpPort);
    const box = mailbox;
    await startServer(env);
    // The kill may land mid-send (its lease then runs out within a minute) or after a failed
    // try (nothing listened; the retry is about 30 s away): either way, no more than that.
    await waitFor(
      'every alert sent',
      () => messages().every((m) => m.status === 'sent') && box.mails.length >= 2,
      120_000,
    );
    for (const c of coordinators) expect(box.to(c.email), c.email).toHaveLength(1);
    expect(box.mails).toHaveLength(2);
    expect(new Set(box.mails.map((m) => m.messageId)).size).toBe(2);
  }, 180_000);

  it('says plainly at start-up when no way to send is set up', async () => {
    await prepare(0);
    const server = await startServer({});
    expect(server.output()).toContain(NO_WAY_TO_SEND);
    expect(server.output()).toContain('"event":"messages.no_transport"');
  }, 90_000);
});
