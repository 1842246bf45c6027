import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { PackModel } from '../../server/packs/pack-model.ts';
import { adultStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import { addStory, curateAndApprove, demoBoardId, staffClient } from './board-support.ts';
import { launchChromium } from './security-xss-browser.ts';

/**
 * Pack downloads: every format is audited, PDF is made by Chromium when there is one (tagged,
 * so screen readers can follow it) and refused plainly when there is not (decision 0072).
 */

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let deps: TestDeps | undefined;
afterEach(async () => {
  await deps?.cleanup();
  deps = undefined;
});

async function packWithStories(env: Record<string, string> = {}) {
  deps = await createTestDeps({ env });
  const d = deps;
  const app = createApp(d);
  const boardId = await demoBoardId(d);
  const secretary = await staffClient(d, app, { role: 'board_secretary', boardIds: [boardId] });
  const coordinator = await staffClient(d, app, { role: 'coordinator', boardIds: [boardId] });
  const ids: number[] = [];
  for (const i of [1, 2]) {
    const id = await addStory(d, adultStory(), new Date('2026-05-01T10:00:00Z'));
    await curateAndApprove(coordinator, id, {
      title: `Export story ${i}`,
      text: `Anonymised text ${i}. Money kept going missing after the morning visits.`,
      principles: ['empowerment'],
      harmKinds: ['financial'],
    });
    ids.push(id);
  }
  const base = `/admin/api/boards/${boardId}/packs`;
  const created = await secretary.send('POST', base, {
    title: 'Board meeting January 2027',
    meetingDate: '2027-01-20',
    periodFrom: '2026-04-01',
    periodTo: '2026-12-31',
  });
  const { packId } = (await created.json()) as PackModel;
  const put = await secretary.send('PUT', `${base}/${packId}/stories`, {
    stories: ids.map((storyId) => ({ storyId, tellsUs: 'It tells us something.' })),
  });
  expect(put.status).toBe(200);
  return { d, secretary, path: `${base}/${packId}`, packId };
}

const exportsAudited = (d: TestDeps) =>
  d.db
    .selectFrom('audit_event')
    .select(['actor', 'object_id', 'detail'])
    .where('action', '=', 'pack.exported')
    .orderBy('id')
    .execute();

describe('the HTML pack in Chromium', () => {
  // Issue 12, finding 11: the pack's styles are allowed by their hash, not 'unsafe-inline'. The
  // pack is served to Chromium with the exact headers Heard sent, so the CSP is enforced.
  it('is styled under its own strict CSP, with no unsafe-inline and no violation', async () => {
    const { secretary, path } = await packWithStories();
    const res = await secretary.get(`${path}/export/html`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).toMatch(/default-src 'none'/);
    const html = await res.text();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.route('https://pack.heard.test/', (route) =>
        route.fulfill({
          status: 200,
          headers: {
            'content-type': res.headers.get('content-type') ?? 'text/html',
            'content-security-policy': csp,
          },
          body: html,
        }),
      );
      await page.goto('https://pack.heard.test/');
      const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(body).toMatch(/Arial/);
      expect(violations).toEqual([]);
      // The test can fail: the same page with one byte of the style changed is left unstyled.
      await page.route('https://pack.heard.test/changed', (route) =>
        route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html', 'content-security-policy': csp },
          body: html.replace('font-family:Arial', 'font-family:Arial '),
        }),
      );
      await page.goto('https://pack.heard.test/changed');
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(
        /Arial/,
      );
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('pack downloads', () => {
  it('audits every download, draft and issued, in every format, with who made it', async () => {
    const { d, secretary, path, packId } = await packWithStories();
    for (const format of ['docx', 'html']) {
      expect((await secretary.get(`${path}/export/${format}`)).status).toBe(200);
    }
    expect((await secretary.send('POST', `${path}/issue`)).status).toBe(200);
    const issued = await secretary.get(`${path}/export/docx`);
    expect(issued.headers.get('content-disposition')).toContain(
      'filename="heard-pack-demo-sab-2027-01-20.docx"',
    );
    const audit = await exportsAudited(d);
    expect(audit.map((a) => [a.actor, a.object_id])).toEqual(
      Array(3).fill([String(secretary.userId), String(packId)]),
    );
    expect(audit.map((a) => JSON.parse(a.detail ?? '{}'))).toEqual([
      { format: 'docx', status: 'draft', stories: 2 },
      { format: 'html', status: 'draft', stories: 2 },
      { format: 'docx', status: 'issued', stories: 2 },
    ]);
  }, 60_000);

  it('does not audit a download that was refused for want of a recent sign-in', async () => {
    const { d, path } = await packWithStories();
    const boardId = await demoBoardId(d);
    const stale = await staffClient(d, createApp(d), {
      role: 'board_secretary',
      boardIds: [boardId],
      authenticatedMinutesAgo: 20,
    });
    expect((await stale.get(`${path}/export/docx`)).status).toBe(428);
    expect(await exportsAudited(d)).toEqual([]);
  }, 60_000);

  it('answers a plain 503 problem when this server has no Chromium, and audits nothing', async () => {
    const { d, secretary, path } = await packWithStories({
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    const res = await secretary.get(`${path}/export/pdf`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { title: string; detail: string };
    expect(body.title).toBe('PDF export is not available here');
    expect(body.detail).toMatch(/Download the Word document/);
    expect(body.detail).not.toContain('/nonexistent');
    expect(d.logLines.some((l) => l.includes('pack.pdf_unavailable'))).toBe(true);
    expect(await exportsAudited(d)).toEqual([]);
    // Word still works on the same server.
    expect((await secretary.get(`${path}/export/docx`)).status).toBe(200);
  }, 60_000);

  it.skipIf(!existsSync(CHROMIUM))(
    'makes a tagged PDF when Chromium is present, and audits it',
    async () => {
      const { d, secretary, path } = await packWithStories({ CHROMIUM_PATH: CHROMIUM });
      const res = await secretary.get(`${path}/export/pdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="heard-pack-demo-sab-2027-01-20-draft.pdf"',
      );
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const raw = pdf.toString('latin1');
      // Tagged: a structure tree and the "Marked" flag, so assistive technology can read it.
      // (Booleans, not toMatch: a failure must not print the whole binary file.)
      expect(raw.includes('/StructTreeRoot'), 'PDF has a structure tree').toBe(true);
      expect(/\/Lang\s*\(en-GB\)/.test(raw), 'PDF says its language').toBe(true);
      const audit = await exportsAudited(d);
      expect(audit.map((a) => JSON.parse(a.detail ?? '{}'))).toEqual([
        { format: 'pdf', status: 'draft', stories: 2 },
      ]);
    },
    120_000,
  );
});
