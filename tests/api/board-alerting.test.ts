import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { WEBHOOK_SECRET_PURPOSE } from '../../server/boards/alerting-settings.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { type AdminClient, appRequester, signInAs } from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
let send: ReturnType<typeof appRequester>;
let admin: AdminClient;
let coordinator: AdminClient;
let boardId: number;
const path = () => `/admin/api/boards/${boardId}/alerting`;
const valid = {
  dutyEmail: 'duty@council.example',
  responseHours: 6,
  workingDays: [5, 1, 2, 3, 4, 1],
  dayStarts: '08:30',
  dayEnds: '17:30',
  bankHolidays: ['2026-12-25', '2026-12-24'],
  webhookUrl: '',
};

beforeAll(async () => {
  deps = await createTestDeps();
  send = appRequester(createApp(deps));
  admin = await signInAs(send, deps, { role: 'admin' });
  coordinator = await signInAs(send, deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
  boardId = (
    deps.sqlite.prepare('select id from board where slug = ?').get(DEMO_BOARD_SLUG) as {
      id: number;
    }
  ).id;
});
afterAll(() => deps.cleanup());

const audits = (action: string) =>
  deps.sqlite
    .prepare('select actor, detail from audit_event where action = ? order by id')
    .all(action) as { actor: string; detail: string }[];

describe('Board alerting settings', () => {
  it('reads the defaults before anything is saved', async () => {
    const res = await coordinator.get(path());
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      dutyEmail: null,
      responseHours: 4,
      workingDays: [1, 2, 3, 4, 5],
      dayStarts: '09:00',
      dayEnds: '17:00',
      bankHolidays: [],
      webhookSet: false,
      webhookSecret: null,
    });
    expect(body.defaultBankHolidays).toContain('2026-12-25');
  });

  it('lets an admin save, tidied and audited; coordinators may read but not change', async () => {
    const saved = await admin.put(path(), valid);
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(await saved.json()).toMatchObject({
      dutyEmail: 'duty@council.example',
      responseHours: 6,
      workingDays: [1, 2, 3, 4, 5],
      bankHolidays: ['2026-12-24', '2026-12-25'],
      webhookUrl: null,
    });
    expect((await coordinator.put(path(), valid)).status).toBe(403);
    expect(
      ((await (await coordinator.get(path())).json()) as { responseHours: number }).responseHours,
    ).toBe(6);
    const [audit] = audits('board.alerting_updated');
    expect(audit?.actor).toBe(
      String((admin as unknown as { account: { user: { id: number } } }).account.user.id),
    );
    expect(JSON.parse(audit?.detail ?? '{}').fields).toEqual(
      expect.arrayContaining([
        'dutyEmail',
        'responseHours',
        'dayStarts',
        'dayEnds',
        'bankHolidays',
      ]),
    );
    // Field names only, never the address itself.
    expect(audit?.detail).not.toContain('duty@council.example');
  });

  it('names each field that is wrong, and saves nothing', async () => {
    const res = await admin.put(path(), {
      ...valid,
      dutyEmail: 'not an email',
      responseHours: 73,
      workingDays: [],
      dayStarts: '17:00',
      dayEnds: '09:00',
      bankHolidays: ['2026-02-30'],
      webhookUrl: 'http://hooks.example.org/x',
    });
    expect(res.status).toBe(422);
    const fields = ((await res.json()) as { errors: { field: string }[] }).errors.map(
      (e) => e.field,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'dutyEmail',
        'responseHours',
        'workingDays',
        'bankHolidays.0',
        'webhookUrl',
      ]),
    );
    const again = await admin.put(path(), { ...valid, dayStarts: '17:00', dayEnds: '09:00' });
    expect(
      ((await again.json()) as { errors: { field: string }[] }).errors.map((e) => e.field),
    ).toEqual(['dayEnds']);
    expect(
      ((await (await admin.get(path())).json()) as { responseHours: number }).responseHours,
    ).toBe(6);
  });

  it('makes a webhook secret once, stores it sealed, and rotates it', async () => {
    expect((await admin.post(`${path()}/rotate-secret`)).status).toBe(409);
    const url = 'https://hooks.example.org/heard';
    const first = (await (await admin.put(path(), { ...valid, webhookUrl: url })).json()) as {
      webhookSecret: string | null;
      webhookUrl: string;
    };
    expect(first.webhookUrl).toBe(url);
    expect(first.webhookSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = deps.sqlite
      .prepare('select webhook_secret_sealed as s from board_alerting where board_id = ?')
      .get(boardId) as { s: string };
    expect(row.s).not.toContain(first.webhookSecret);
    expect(deps.sealer.open(row.s, WEBHOOK_SECRET_PURPOSE)).toBe(first.webhookSecret);
    // Shown once: reading or saving again does not show it.
    expect(
      ((await (await admin.get(path())).json()) as { webhookSecret: null }).webhookSecret,
    ).toBeNull();
    const resaved = (await (await admin.put(path(), { ...valid, webhookUrl: url })).json()) as {
      webhookSecret: string | null;
    };
    expect(resaved.webhookSecret).toBeNull();
    // Coordinators learn a webhook is set, not its address (it may itself be a secret).
    expect(await (await coordinator.get(path())).json()).toMatchObject({
      webhookUrl: null,
      webhookSet: true,
    });
    const rotated = (await (await admin.post(`${path()}/rotate-secret`)).json()) as {
      webhookSecret: string;
    };
    expect(rotated.webhookSecret).not.toBe(first.webhookSecret);
    expect(audits('board.webhook_secret_rotated')).toHaveLength(1);
    // http is allowed only to this machine.
    expect(
      (await admin.put(path(), { ...valid, webhookUrl: 'http://127.0.0.1:9/hook' })).status,
    ).toBe(200);
    // Removing the address removes its secret.
    await admin.put(path(), valid);
    expect(
      deps.sqlite
        .prepare('select webhook_secret_sealed as s from board_alerting where board_id = ?')
        .get(boardId),
    ).toEqual({ s: null });
  });

  it('puts the Board’s response time in the journey page', async () => {
    const siteJson = async () => {
      const page = await (await send('/tell/demo')).text();
      const json = /<script type="application\/json" id="heard-site">([^<]*)<\/script>/.exec(page);
      return JSON.parse(json?.[1] ?? '{}') as { responseHours?: number };
    };
    expect((await siteJson()).responseHours).toBe(6);
    await admin.put(path(), { ...valid, responseHours: 2 });
    expect((await siteJson()).responseHours).toBe(2);
  });

  it('is 404 for a Board that does not exist', async () => {
    expect((await admin.get('/admin/api/boards/99999/alerting')).status).toBe(404);
  });
});
