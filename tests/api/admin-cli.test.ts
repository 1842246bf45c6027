import { execFile } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { AdminClient, appRequester } from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
beforeEach(async () => {
  deps = await createTestDeps();
});
afterEach(async () => deps.cleanup());

/** Runs `npm run heard -- ARGS` against the test's data folder, with optional stdin. */
function heard(
  args: string[],
  stdin?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', ...args],
      { env: { ...process.env, DATA_DIR: deps.dataDir, LOG_LEVEL: 'silent', HEARD_DATA_KEY: '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

describe('npm run heard -- user', () => {
  it('adds a coordinator with a one-time set-up link that signs them in', async () => {
    const added = await heard([
      'user',
      'add',
      '--email',
      'Coord@Council.example',
      '--role',
      'coordinator',
      '--board',
      DEMO_BOARD_SLUG,
    ]);
    expect(added.code, added.stderr).toBe(0);
    const link = /http:\/\/localhost:\d+\/admin\/setup\?token=([A-Za-z0-9_-]+)/.exec(added.stdout);
    expect(link).not.toBeNull();
    const send = appRequester(createApp(deps));
    const res = await send('/admin/api/setup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: link?.[1], password: 'a phrase for the forum' }),
    });
    expect(res.status).toBe(200);
    const client = new AdminClient(send);
    await client.signIn({ email: 'coord@council.example', password: 'a phrase for the forum' });
    expect((await client.get('/admin/api/stories')).status).toBe(200);
    const list = await heard(['user', 'list']);
    expect(list.stdout).toContain(
      `coord@council.example  coordinator  ${DEMO_BOARD_SLUG}  active  2FA off`,
    );
  }, 150_000);

  it('refuses a common password from stdin and a coordinator without a Board', async () => {
    const weak = await heard(
      ['user', 'add', '--email', 'a@b.example', '--role', 'admin', '--password-stdin'],
      'password1234\n',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/too common/);
    const noBoard = await heard(['user', 'add', '--email', 'c@b.example', '--role', 'coordinator']);
    expect(noBoard.code).toBe(2);
    expect(noBoard.stderr).toMatch(/at least one --board/);
    const ok = await heard(
      ['user', 'add', '--email', 'a@b.example', '--role', 'admin', '--password-stdin'],
      'a perfectly fine phrase\n',
    );
    expect(ok.code, ok.stderr).toBe(0);
    const disabled = await heard(['user', 'disable', '--email', 'A@B.example']);
    expect(disabled.stdout).toMatch(/disabled/);
    const row = deps.sqlite.prepare("select disabled from user where email = 'a@b.example'").get();
    expect(row).toEqual({ disabled: 1 });
  }, 150_000);
});
