import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/languages.ts';
import { catalogueStatuses } from '../../domain/messages/catalogue-status.ts';
import { en } from '../../domain/messages/en.ts';
import { createApp } from '../../server/app.ts';
import { appRequester, signInAs } from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 8: admins see each catalogue's review status, read from the catalogues themselves.

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
});
afterEach(async () => deps.cleanup());

describe('catalogue review status', () => {
  it('is read from each catalogue, with how many messages it has', async () => {
    const statuses = catalogueStatuses();
    expect(statuses.map((s) => s.code)).toEqual(LANGUAGES.map((l) => l.code));
    const english = statuses.find((s) => s.code === 'en');
    expect(english?.reviewStatus).toBe(en['meta.reviewStatus']);
    expect(english?.translated).toBe(english?.total);
    expect(statuses.find((s) => s.code === 'ar')).toMatchObject({
      name: 'العربية',
      dir: 'rtl',
      reviewStatus: 'machine-drafted',
    });
    for (const s of statuses) expect(s.translated, s.code).toBe(s.total);
  });

  it('is shown to admins with the deployment settings, and to no one else', async () => {
    const admin = await signInAs(appRequester(app), deps, { role: 'admin' });
    const res = await admin.get('/admin/api/settings');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { languages: unknown };
    expect(body.languages).toEqual(catalogueStatuses());

    const coordinator = await signInAs(appRequester(app), deps, {
      role: 'coordinator',
      boardSlugs: ['demo'],
    });
    expect((await coordinator.get('/admin/api/settings')).status).toBe(403);
  });
});
