import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/audit.mjs against a stand-in `npm` first on PATH that prints what the real one
// prints in each situation (the real advisory service is unreachable from these machines).

const ROOT = resolve(import.meta.dirname, '..', '..');
const bin = mkdtempSync(join(tmpdir(), 'heard-fake-npm-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

function audit(stdout: string, code: number) {
  writeFileSync(join(bin, 'out.json'), stdout);
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\ncat "${join(bin, 'out.json')}"\nexit ${code}\n`);
  chmodSync(join(bin, 'npm'), 0o755);
  return spawnSync(process.execPath, ['scripts/audit.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    encoding: 'utf8',
  });
}

const counts = (c: Record<string, number>) =>
  JSON.stringify({
    vulnerabilities: c.high
      ? { 'bad-lib': { severity: 'high', range: '<1.2.3', fixAvailable: true } }
      : {},
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...c },
    },
  });

describe('npm run audit', () => {
  it('says plainly that nothing was checked when the advisory service is unreachable, and passes', () => {
    const run = audit(
      JSON.stringify({
        message:
          '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      }),
      1,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/could not be reached.*NOT checked/s);
    expect(run.stdout).toMatch(/405 Method Not Allowed/);
  });

  it('fails on a high or critical advisory and names the package', () => {
    const run = audit(counts({ high: 1, total: 1 }), 1);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/bad-lib/);
  });

  it('passes with only moderate or low advisories, counting them', () => {
    const run = audit(counts({ moderate: 2, low: 1, total: 3 }), 1);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no high or critical.*3 lower/);
  });
});
