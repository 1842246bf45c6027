import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { CSV_INJECTION_PAYLOADS } from '../fixtures/xss-payloads.ts';
import { appRequester } from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import { unzip } from './packs-zip.ts';
import { dangers, launchChromium, watchForXss } from './security-xss-browser.ts';
import { STORED_PAYLOADS, seedXssWorld, type XssWorld } from './security-xss-seed.ts';

// Stored XSS in what leaves Heard as files: Word, HTML and PDF packs and CSV measures. Every
// payload goes in through the real APIs (security-xss-seed.ts) into a real SQLite file; each
// pack holds one payload in its title, priorities, caveats and its story's curated title,
// summary, quotes, themes, "What this tells us" and "Questions for the Board".

let deps: TestDeps;
let world: XssWorld;
let browser: Browser;
let page: Page;
let seen: { dialogs: string[] };

beforeAll(async () => {
  deps = await createTestDeps({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  world = await seedXssWorld(appRequester(createApp(deps)), deps);
  browser = await launchChromium();
  // CSP bypassed: escaping is tested on its own; the CSP is a second wall.
  const context = await browser.newContext({ bypassCSP: true });
  seen = await watchForXss(context);
  page = await context.newPage();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await deps?.cleanup();
});

const exportOf = (packId: number, format: 'docx' | 'html' | 'pdf') =>
  world.secretary.get(`/admin/api/boards/${world.boardId}/packs/${packId}/export/${format}`);

const OOXML_NAMESPACES = /^http:\/\/schemas\.(openxmlformats\.org|microsoft\.com)\//;

/**
 * Parses one Word XML part in Chromium's XML parser (a real parser, not a regex) and reports
 * what would make the payload more than text: a parse error, any element outside the Office
 * Open XML namespaces (HTML smuggled in), field codes that mention the payload, and the text of
 * the document's runs, joined, to show the payload arrived as text.
 */
async function inspectXml(xml: string) {
  return page.evaluate(
    ({ xml, nsPattern }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) return { error: 'parse error' };
      const ns = new RegExp(nsPattern);
      const foreign: string[] = [];
      const fields: string[] = [];
      let text = '';
      for (const el of Array.from(doc.getElementsByTagName('*'))) {
        const uri = el.namespaceURI ?? '';
        if (!ns.test(uri) && !/^http:\/\/(purl\.org|www\.w3\.org\/XML)/.test(uri))
          foreign.push(`${el.tagName} in ${uri || 'no namespace'}`);
        if (el.localName === 'instrText') fields.push(el.textContent ?? '');
        if (el.localName === 'fldSimple') fields.push(el.getAttribute('w:instr') ?? '');
        if (el.localName === 't') text += el.textContent ?? '';
        if (el.localName === 'br' || el.localName === 'p') text += '\n';
      }
      return { error: null, foreign, fields, text };
    },
    { xml, nsPattern: OOXML_NAMESPACES.source },
  );
}

/** Relationship targets (links, images) a Word file could follow, and whether they leave. */
function relationshipTargets(files: Map<string, string>): string[] {
  const targets: string[] = [];
  for (const [name, xml] of files) {
    if (!name.endsWith('.rels')) continue;
    for (const m of xml.matchAll(/Target="([^"]*)"/g)) targets.push(m[1] as string);
  }
  return targets;
}

const unsafeUrl = (value: string) =>
  /^(javascript|data|vbscript|file):/i.test(
    [...value.replace(/&#x?[0-9a-f]+;?/gi, '')].filter((ch) => ch.charCodeAt(0) > 32).join(''),
  ) || /evil\.example|heardxss/i.test(value);

describe('Word packs', () => {
  it('carry every payload as text only: no markup, fields or links', async () => {
    const found: string[] = [];
    for (const [i, payload] of STORED_PAYLOADS.entries()) {
      const res = await exportOf(world.packIds[i] as number, 'docx');
      expect(res.status, payload.id).toBe(200);
      const files = unzip(Buffer.from(await res.arrayBuffer()));
      const body = files.get('word/document.xml');
      expect(body, payload.id).toBeDefined();
      for (const [name, xml] of files) {
        if (!name.endsWith('.xml')) continue;
        const seenXml = await inspectXml(xml);
        if (seenXml.error) found.push(`${payload.id} ${name}: ${seenXml.error}`);
        for (const f of seenXml.foreign ?? []) found.push(`${payload.id} ${name}: ${f}`);
        for (const f of seenXml.fields ?? [])
          if (/heardxss|javascript|evil|HYPERLINK|INCLUDE|DDE/i.test(f))
            found.push(`${payload.id} ${name}: field ${f.slice(0, 40)}`);
        if (name === 'word/document.xml') {
          // Title, priorities, caveats, tells-us and questions: the payload is there, as words.
          // (Fields are trimmed on input, and JavaScript's trim takes \u2028 too.)
          const count = (seenXml.text ?? '').split(payload.text.trim()).length - 1;
          if (count < 4) found.push(`${payload.id}: payload shown as text only ${count} times`);
        }
      }
      for (const target of relationshipTargets(files))
        if (unsafeUrl(target)) found.push(`${payload.id}: relationship to ${target.slice(0, 40)}`);
    }
    expect(found).toEqual([]);
  }, 600_000);
});

describe('HTML packs', () => {
  it('escape every payload and run nothing when opened in Chromium', async () => {
    const found: string[] = [];
    for (const [i, payload] of STORED_PAYLOADS.entries()) {
      const res = await exportOf(world.packIds[i] as number, 'html');
      expect(res.status, payload.id).toBe(200);
      const html = await res.text();
      if (payload.text.includes('<')) expect(html.includes(payload.text), payload.id).toBe(false);
      await page.setContent(html, { waitUntil: 'load' });
      // The payload is on the page as words a reader can see.
      const shown = await page.evaluate(() => document.body.textContent ?? '');
      if (!shown.includes(payload.text.trim().slice(0, 20)))
        found.push(`${payload.id}: not shown as text`);
      const { fired, risky, pwned } = await dangers(page);
      if (fired.length || risky.length || pwned)
        found.push(`${payload.id}: ${[...fired, ...risky, pwned ? 'pwned' : ''].join(', ')}`);
    }
    expect(seen.dialogs).toEqual([]);
    expect(found).toEqual([]);
  }, 600_000);
});

describe('PDF packs', () => {
  it('hold no script, launch action or unsafe link (every payload in one pack)', async (ctx) => {
    const res = await exportOf(world.combinedPackId, 'pdf');
    // 503 is the documented answer on a machine without Chromium; then there is no PDF to test.
    if (res.status === 503) ctx.skip();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/pdf/);
    const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|RichMedia)\b/);
    const uris = [...pdf.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1] as string);
    expect(uris.filter(unsafeUrl)).toEqual([]);
  }, 300_000);
});

describe('CSV measures', () => {
  /** Reads one cell back the way a spreadsheet does (RFC 4180 unquoting). */
  const unquote = (cell: string) =>
    cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;

  it('neutralise a formula typed as a Board name', async () => {
    const found: string[] = [];
    const original = (await (await world.admin.get('/admin/api/boards')).json()) as {
      items: { id: number; name: string }[];
    };
    const before = original.items.find((b) => b.id === world.boardId)?.name as string;
    for (const payload of CSV_INJECTION_PAYLOADS) {
      const put = await world.admin.put(`/admin/api/boards/${world.boardId}`, { name: payload });
      if (put.status === 422) continue; // names that are all space or control characters
      expect(put.status, JSON.stringify(payload)).toBe(200);
      const { name } = (await put.json()) as { name: string };
      const res = await world.secretary.get(
        `/admin/api/boards/${world.boardId}/measures.csv?period=2026`,
      );
      expect(res.status).toBe(200);
      const csv = await res.text();
      // The first row is `Board,<name>`; the name may hold quotes and new lines, so cut it out
      // between the first comma and the next row.
      const firstRow = csv.slice(csv.indexOf(',') + 1, csv.indexOf('\r\nPeriod,'));
      if (unquote(firstRow) !== `'${name}`) found.push(`${JSON.stringify(payload)} → ${firstRow}`);
    }
    await world.admin.put(`/admin/api/boards/${world.boardId}`, { name: before });
    expect(found).toEqual([]);
  }, 120_000);
});
