import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
let distDir: string;
const LOADER = '(function(){/* loader */})();';
beforeEach(async () => {
  deps = await createTestDeps();
  distDir = mkdtempSync(join(tmpdir(), 'heard-dist-'));
  deps.config.distDir = distDir;
});
afterEach(async () => {
  await deps.cleanup();
  rmSync(distDir, { recursive: true, force: true });
});

describe('GET /embed.js', () => {
  it('serves the built loader as JavaScript that any origin may load', async () => {
    writeFileSync(join(distDir, 'embed.js'), LOADER);
    const res = await createApp(deps).request('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(await res.text()).toBe(LOADER);
  });

  it('answers a matching ETag with 304 and no body', async () => {
    writeFileSync(join(distDir, 'embed.js'), LOADER);
    const app = createApp(deps);
    const first = await app.request('/embed.js');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.request('/embed.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('changes its ETag when the loader changes', async () => {
    const app = createApp(deps);
    writeFileSync(join(distDir, 'embed.js'), LOADER);
    const a = (await app.request('/embed.js')).headers.get('etag');
    writeFileSync(join(distDir, 'embed.js'), `${LOADER}\n`);
    const b = (await app.request('/embed.js')).headers.get('etag');
    expect(a).not.toBe(b);
  });

  it('explains in problem+json when the loader has not been built', async () => {
    const res = await createApp(deps).request('/embed.js');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/npm run build/);
  });
});
