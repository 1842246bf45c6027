import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { AdminClient, appRequester, createStaff } from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

/**
 * Adding a site whose key exists is a conflict (409); an invalid entry is 422. The route tells
 * them apart by the issue's `conflict` flag, never by the wording of its message.
 */

let deps: TestDeps;
let admin: AdminClient;

beforeAll(async () => {
  deps = await createTestDeps();
  admin = new AdminClient(appRequester(createApp(deps)));
  await admin.signIn(await createStaff(deps, { role: 'admin' }));
}, 60_000);
afterAll(async () => deps?.cleanup());

const siteInput = (key: string, quickExitUrl = 'https://www.bbc.co.uk/weather') => ({
  key,
  name: 'Conflict test site',
  partnerName: 'Conflict council',
  partnerKind: 'council',
  boardSlug: 'demo-sab',
  boardName: null,
  allowedOrigins: [],
  contactName: 'Adult social care',
  contactPhone: null,
  contactUrl: null,
  emergencyText: null,
  quickExitUrl,
  languages: ['en'],
  active: true,
});

describe('adding a site', () => {
  it('answers 409 for a key that exists, naming the field', async () => {
    const first = await admin.post('/admin/api/sites', siteInput('conflict-site'));
    expect(first.status, await first.clone().text()).toBe(201);
    const again = await admin.post('/admin/api/sites', siteInput('conflict-site'));
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await again.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field)).toEqual(['key']);
  });

  it('answers 422 for an entry that is invalid, not a conflict', async () => {
    const res = await admin.post(
      '/admin/api/sites',
      siteInput('other-site', 'javascript:alert(1)'),
    );
    expect(res.status).toBe(422);
  });
});
