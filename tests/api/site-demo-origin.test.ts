import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowDemoOrigin } from '../../server/demo/demo-origin.ts';
import { findActiveSite } from '../../server/sites/site-queries.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
beforeEach(async () => {
  // A database seeded earlier, when the demo page ran on another port.
  deps = await createTestDeps({ allowedOrigins: ['http://127.0.0.1:4001'] });
});
afterEach(async () => deps.cleanup());

describe('allowDemoOrigin', () => {
  it('adds the current demo page origin to an already-seeded demo site, keeping the old one', async () => {
    expect(await allowDemoOrigin(deps.db, 'http://127.0.0.1:3001', new Date())).toBe(true);
    expect((await findActiveSite(deps.db, 'demo'))?.allowedOrigins).toEqual([
      'http://127.0.0.1:4001',
      'http://127.0.0.1:3001',
    ]);
  });

  it('does nothing when the origin is already allowed', async () => {
    expect(await allowDemoOrigin(deps.db, 'http://127.0.0.1:4001', new Date())).toBe(false);
    expect((await findActiveSite(deps.db, 'demo'))?.allowedOrigins).toEqual([
      'http://127.0.0.1:4001',
    ]);
  });

  it('leaves alone a deployment whose operator removed the demo site', async () => {
    await deps.db.deleteFrom('site').where('key', '=', 'demo').execute();
    expect(await allowDemoOrigin(deps.db, 'http://127.0.0.1:3001', new Date())).toBe(false);
  });
});
