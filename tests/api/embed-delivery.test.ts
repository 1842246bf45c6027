import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// How the embed and the journey reach a slow phone (issue 7, decision 0024): gzipped, and the
// journey's script and styles named in the page's headers so they are fetched at once.

let deps: TestDeps;
let distDir: string;
let app: ReturnType<typeof createApp>;
// Big and repetitive enough to be worth compressing, like the real bundles.
const LOADER = `(function(){${'/* loader */ void 0;'.repeat(200)}})();`;
const SCRIPT = `console.log(1);${'/* journey */'.repeat(500)}`;
const STYLES = `body{margin:0}${'/* styles */'.repeat(500)}`;

beforeEach(async () => {
  deps = await createTestDeps({ allowedOrigins: ['https://council.example'] });
  distDir = mkdtempSync(join(tmpdir(), 'heard-dist-'));
  mkdirSync(join(distDir, 'journey'));
  writeFileSync(join(distDir, 'embed.js'), LOADER);
  writeFileSync(join(distDir, 'journey', 'journey.js'), SCRIPT);
  writeFileSync(join(distDir, 'journey', 'journey.css'), STYLES);
  deps.config.distDir = distDir;
  app = createApp(deps);
});
afterEach(async () => {
  await deps.cleanup();
  rmSync(distDir, { recursive: true, force: true });
});

const gzipped = (path: string, headers: Record<string, string> = {}) =>
  app.request(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br', ...headers } });
const body = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('compression', () => {
  it.each([
    ['/embed.js', LOADER],
    ['/assets/journey/journey.js', SCRIPT],
    ['/assets/journey/journey.css', STYLES],
  ])('gzips %s for a browser that accepts it, and only then', async (path, text) => {
    const res = await gzipped(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    // app.request does not decode: the bytes are the gzip stream itself.
    const bytes = await body(res);
    expect(bytes.length).toBeLessThan(text.length / 3);
    expect(gunzipSync(bytes).toString('utf8')).toBe(text);
    const plain = await app.request(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await body(plain)).toString('utf8')).toBe(text);
  });

  it('gzips the journey page and the public Board pages', async () => {
    for (const path of [
      '/tell/demo?embed=1&host=https%3A%2F%2Fcouncil.example',
      '/boards/demo-sab/stories',
    ]) {
      const res = await gzipped(path);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect(gunzipSync(await body(res)).toString('utf8')).toMatch(/^<!doctype html>/i);
    }
  });

  it('still answers 304 for the loader when gzip has made its ETag weak', async () => {
    const first = await gzipped('/embed.js');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await gzipped('/embed.js', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect((await body(again)).length).toBe(0);
  });
});

describe('preloading the journey', () => {
  it('names in its headers exactly the script and styles the page links to', async () => {
    const res = await app.request('/tell/demo?embed=1&host=https%3A%2F%2Fcouncil.example');
    const link = res.headers.get('link') ?? '';
    const html = await res.text();
    const preloaded = [...link.matchAll(/<([^>]+)>; rel=(modulepreload|preload)/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(preloaded).toEqual([
      ['/assets/journey/journey.css', 'preload'],
      ['/assets/journey/journey.js', 'modulepreload'],
    ]);
    expect(link).toContain('as=style');
    // The same URLs as the page, or the browser would fetch both twice.
    expect(html).toContain('<link rel="stylesheet" href="/assets/journey/journey.css">');
    expect(html).toContain('<script type="module" src="/assets/journey/journey.js"></script>');
  });

  it('preloads nothing for a page with no journey script', async () => {
    const res = await app.request('/tell/no-such-site');
    expect(res.status).toBe(404);
    expect(res.headers.get('link')).toBeNull();
  });
});
