import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under a folder of the repository. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('layering (docs/architecture.md)', () => {
  it('keeps domain/ and server/ free of imports from the front ends', () => {
    // What both sides need (catalogues, pictogram drawings) lives in domain/.
    const offenders = [...sources('domain'), ...sources('server')].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)]
        .map((m) => normalize(join(dirname(file), m[1] ?? '')))
        .filter((target) => /^(widget|admin)\//.test(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets the front ends take server/ and db/ as types only, so no server code is bundled', () => {
    // The admin app is typed from the server's own types (decision 0084); `import type` and
    // `export type` are erased, so the bundles stay free of server code.
    const offenders = [...sources('admin'), ...sources('widget')].flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /^(import|export)\b([^;]*?)from '(\.{1,2}\/[^']+)'/gms,
        ),
      ]
        .filter((m) => /^(server|db)\//.test(normalize(join(dirname(file), m[3] ?? ''))))
        .filter((m) => !/^\s+type\s/.test(m[2] ?? ''))
        .map((m) => `${file}: ${m[0].replace(/\s+/g, ' ')}`),
    );
    expect(offenders).toEqual([]);
  });
});
