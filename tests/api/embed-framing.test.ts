import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { updateSite } from '../../server/sites/site-admin.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  deps = await createTestDeps({ allowedOrigins: ['https://www.demo-borough.gov.uk'] });
  app = createApp(deps);
});
afterEach(async () => deps.cleanup());

const frameAncestors = async (path: string) => {
  const res = await app.request(path);
  const csp = res.headers.get('content-security-policy') ?? '';
  return /frame-ancestors ([^;]+)/.exec(csp)?.[1];
};

describe('who may frame /tell/{siteKey}', () => {
  it('lists exactly the site’s allowed origins', async () => {
    expect(await frameAncestors('/tell/demo?embed=1&host=https://www.demo-borough.gov.uk')).toBe(
      'https://www.demo-borough.gov.uk',
    );
  });

  it('follows the site’s settings as soon as they change', async () => {
    await updateSite(
      deps.db,
      'demo',
      { addOrigins: ['https://healthwatch-demo.org.uk'] },
      new Date(),
    );
    expect(await frameAncestors('/tell/demo')).toBe(
      'https://www.demo-borough.gov.uk https://healthwatch-demo.org.uk',
    );
  });

  it("sends 'none' for an unknown site", async () => {
    expect(await frameAncestors('/tell/no-such-site')).toBe("'none'");
  });

  it("sends 'none' for a site that is switched off", async () => {
    await updateSite(deps.db, 'demo', { active: false }, new Date());
    expect(await frameAncestors('/tell/demo')).toBe("'none'");
  });

  it("sends 'none' for a site with no allowed origins", async () => {
    await updateSite(
      deps.db,
      'demo',
      { removeOrigins: ['https://www.demo-borough.gov.uk'] },
      new Date(),
    );
    expect(await frameAncestors('/tell/demo')).toBe("'none'");
  });

  it('never lets a damaged stored origin widen the policy', async () => {
    await deps.db
      .updateTable('site')
      .set({
        allowed_origins: JSON.stringify([
          '*',
          'https://a.example; script-src *',
          'https://ok.example',
        ]),
      })
      .where('key', '=', 'demo')
      .execute();
    expect(await frameAncestors('/tell/demo')).toBe('https://ok.example');
  });

  it('sends no X-Frame-Options that would contradict frame-ancestors', async () => {
    const res = await app.request('/tell/demo');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });
});
