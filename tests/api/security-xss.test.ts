import { type Browser, chromium, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../../domain/journey-flow.ts';
import { csvCell } from '../../server/http/csv.ts';
import { CSV_INJECTION_PAYLOADS, XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';

// Stored and reflected XSS on the public pages: site settings (typed by staff in the admin
// app), the no-JavaScript form re-shown with a person's own words, and the withdrawal page's
// reference field. Real Chromium with CSP bypassed, so escaping is tested on its own and the
// CSP is a second wall, not the only one. Each payload calls __heardXss(id) if it ever runs.

let heard: RunningHeard;
let browser: Browser;
beforeAll(async () => {
  // Limits off: this test posts the form dozens of times from one address on purpose.
  heard = await startHeard({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await heard.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __fired: string[]; __heardXss: (id: string) => void };
    w.__fired = [];
    w.__heardXss = (id) => w.__fired.push(id);
  });
  page.on('dialog', (d) => void d.dismiss());
  return page;
}

/** What ran, and any element that could run script or leave the page on its own. */
async function dangers(page: Page): Promise<{ fired: string[]; risky: string[] }> {
  await page.waitForTimeout(150);
  return page.evaluate(() => {
    const risky: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const value = attr.value.trim().toLowerCase();
        if (attr.name.startsWith('on') && value.includes('__heardxss'))
          risky.push(`${el.tagName} ${attr.name}`);
        if (
          ['href', 'src', 'action', 'formaction', 'srcdoc'].includes(attr.name) &&
          /^(javascript|data|vbscript):/.test(
            [...value].filter((ch) => ch.charCodeAt(0) > 32).join(''),
          )
        )
          risky.push(`${el.tagName} ${attr.name}=${value.slice(0, 30)}`);
      }
      if (
        el.tagName === 'SCRIPT' &&
        (el.textContent ?? '').includes('__heardXss') &&
        (el as HTMLScriptElement).type !== 'application/json'
      )
        risky.push('inline script');
      if (el.tagName === 'BASE' || (el.tagName === 'META' && el.getAttribute('http-equiv')))
        risky.push(el.tagName);
      if (el.tagName === 'IFRAME') risky.push('iframe');
    }
    return { fired: (window as unknown as { __fired: string[] }).__fired, risky };
  });
}

async function insertSite(key: string, text: string): Promise<void> {
  const { sqlite } = heard.deps;
  const now = new Date().toISOString();
  const partner = sqlite
    .prepare('insert into partner (name, kind, created_at) values (?, ?, ?)')
    .run(text, 'council', now);
  const board = sqlite.prepare('select id from board limit 1').get() as { id: number };
  sqlite
    .prepare(
      `insert into site (key, name, partner_id, board_id, allowed_origins, safeguarding_contact_name, safeguarding_phone,
        safeguarding_url, emergency_text, quick_exit_url, languages, active, created_at, updated_at)
       values (?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, '["en"]', 1, ?, ?)`,
    )
    .run(
      key,
      text,
      partner.lastInsertRowid,
      board.id,
      text,
      text.slice(0, 30),
      text,
      text,
      text,
      now,
      now,
    );
}

describe('site settings shown on the journey page', () => {
  it('stay inert for every payload in the corpus', async () => {
    const page = await newPage();
    const found: string[] = [];
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const key = `xss-site-${i}`;
      await insertSite(key, payload.text);
      const res = await fetch(`${heard.url}/tell/${key}`);
      const html = await res.text();
      expect(res.status).toBe(200);
      if (payload.text.includes('<')) expect(html.includes(payload.text), payload.id).toBe(false);
      await page.goto(`${heard.url}/tell/${key}`);
      const { fired, risky } = await dangers(page);
      if (fired.length || risky.length)
        found.push(`${payload.id}: ${[...fired, ...risky].join(', ')}`);
    }
    expect(found).toEqual([]);
    await page.context().close();
  }, 240_000);
});

const textFields = PAGES.flatMap((p) => p.fields)
  .filter((f) => ['textarea', 'text', 'email', 'tel'].includes(f.kind))
  .map((f) => f.name);

/** Submits a form from inside the page, so the browser renders the answer as a person sees it. */
async function postFormInPage(page: Page, action: string, fields: Record<string, string>) {
  // From a journey page, as a person would: its Referrer-Policy lets Chromium send Heard's
  // origin, which the no-JavaScript form requires (decision 0067).
  await page.goto(`${heard.url}/tell/demo`);
  // Wait for the next document to load: the page is already at the action's address, so its
  // URL cannot tell the answer from the page it was posted from.
  const answered = page.waitForEvent('load');
  await page.evaluate(
    ({ action, fields }) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = action;
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement('textarea');
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    },
    { action, fields },
  );
  await answered;
}

describe('a person’s own words shown back to them', () => {
  it('stay inert when the no-JavaScript form is shown again with errors', async () => {
    expect(textFields).toContain('story');
    const page = await newPage();
    const found: string[] = [];
    for (const payload of XSS_PAYLOADS) {
      const fields = Object.fromEntries(textFields.map((name) => [name, payload.text]));
      await postFormInPage(page, '/tell/demo', fields);
      const html = await page.content();
      // The form really came back with the words in it (so the check below means something).
      expect((await page.locator('textarea[name="story"]').inputValue()).length).toBeGreaterThan(0);
      const { fired, risky } = await dangers(page);
      if (fired.length || risky.length)
        found.push(`${payload.id}: ${[...fired, ...risky].join(', ')}`);
      expect(html).toMatch(/<h1|role="alert"/);
    }
    expect(found).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('stay inert on the withdrawal page’s reference field', async () => {
    const page = await newPage();
    const found: string[] = [];
    for (const payload of XSS_PAYLOADS) {
      await postFormInPage(page, '/withdraw', { reference: payload.text });
      const { fired, risky } = await dangers(page);
      if (fired.length || risky.length)
        found.push(`${payload.id}: ${[...fired, ...risky].join(', ')}`);
    }
    expect(found).toEqual([]);
    await page.context().close();
  }, 240_000);
});

describe('CSV cells', () => {
  /** Reads one cell back the way a spreadsheet does (RFC 4180 unquoting). */
  const unquote = (cell: string) =>
    cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;

  it('neutralise every formula-injection payload', () => {
    for (const payload of CSV_INJECTION_PAYLOADS) {
      const value = unquote(csvCell(payload));
      expect(value, JSON.stringify(payload)).toBe(`'${payload}`);
    }
  });

  it('leave ordinary text and numbers as they are', () => {
    expect(csvCell('Felt listened to')).toBe('Felt listened to');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('she said "no"')).toBe('"she said ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('quote cells carrying XSS payloads so they stay one cell', () => {
    for (const { text } of XSS_PAYLOADS) {
      const cell = csvCell(text);
      if (/[",\r\n]/.test(text)) expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
      expect([text, `'${text}`]).toContain(unquote(cell));
    }
  });
});
