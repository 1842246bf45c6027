import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ar } from '../../domain/messages/ar.ts';
import { en } from '../../domain/messages/en.ts';
import { enEasy } from '../../domain/messages/en-easy.ts';
import { pl } from '../../domain/messages/pl.ts';
import { createApp } from '../../server/app.ts';
import { completeNoJsForm, formBody } from '../support/fixtures.ts';
import { startHeard } from '../support/heard-server.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// Issue 8: the server-rendered pages (first paint, no-JavaScript form, its errors and
// confirmation, /withdraw) in the person's language, carried in the URL and the form only.

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  deps = await createTestDeps({ env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0' } });
  app = createApp(deps);
  deps.sqlite
    .prepare("update site set languages = ? where key = 'demo'")
    .run(JSON.stringify(['en', 'pl', 'ar']));
});
afterEach(async () => deps.cleanup());

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attr = (html: string, name: string) =>
  new RegExp(`<html[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';

const form = formBody;

const complete = completeNoJsForm({
  idempotencyKey: 'lang-form-0001',
  story: 'قالوا لي ما سيحدث بعد ذلك.',
});

const post = (path: string, body: string) =>
  app.request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });

describe('the first paint and the no-JavaScript form', () => {
  it('is in Arabic, right to left, with an Arabic title, for ?lang=ar', async () => {
    const res = await app.request('/tell/demo?lang=ar');
    const html = await res.text();
    expect(attr(html, 'lang')).toBe('ar');
    expect(attr(html, 'dir')).toBe('rtl');
    expect(title(html)).toBe(escapeHtml(`${ar['noscript.heading']} – ${ar['service.name']}`));
    expect(html).toContain(escapeHtml(ar['consent.board_share']));
    expect(html).toContain(escapeHtml(ar['exit.button']));
    expect(html).not.toContain(escapeHtml(en['consent.board_share']));
    // The language goes on with the form, never in a cookie.
    expect(html).toContain('action="/tell/demo?lang=ar"');
    expect(html).toContain('<input type="hidden" name="lang" value="ar">');
    expect(res.headers.get('set-cookie')).toBeNull();
    // Numbers in messages in Arabic-Indic digits (decision 0080).
    // 5000 takes Arabic's `other` form, chosen from the number before its digits are localised.
    expect(new Intl.PluralRules('ar').select(5000)).toBe('other');
    expect(html).toContain(ar['common.charactersLimit'].other.replace('{count}', '٥٠٠٠'));
  });

  it('offers the site languages, each named in its own language', async () => {
    const html = await (await app.request('/tell/demo?lang=pl')).text();
    expect(attr(html, 'lang')).toBe('pl');
    expect(html).toContain(`aria-label="${pl['language.navLabel']}"`);
    expect(html).toMatch(/href="\?lang=ar" lang="ar" hreflang="ar" dir="rtl"[^>]*>العربية</);
    expect(html).toMatch(/href="\?lang=pl"[^>]*aria-current="true"[^>]*>Polski</);
    expect(html).not.toContain('?lang=so');
    expect(html).toContain(escapeHtml(pl['language.machineDrafted']));
  });

  it('falls back to English for a language the site does not offer', async () => {
    const html = await (await app.request('/tell/demo?lang=so')).text();
    expect(attr(html, 'lang')).toBe('en');
    expect(attr(html, 'dir')).toBe('ltr');
    expect(html).toContain('action="/tell/demo"');
  });

  it('is Easy Read, with larger text and pictograms beside the consent sentences', async () => {
    const html = await (await app.request('/tell/demo?lang=en-easy')).text();
    expect(attr(html, 'lang')).toBe('en');
    expect(attr(html, 'class')).toBe('hj-easy-read');
    expect(html).toContain(escapeHtml(enEasy['consent.training']));
    for (const key of ['consent.statistics', 'consent.duration', 'consent.hint'] as const) {
      expect(html).toMatch(
        new RegExp(
          `<span class="hj-say"><svg [^>]*aria-hidden="true"[^>]*>.*?</svg><span class="hj-say__text">${escapeHtml(enEasy[key]).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ),
      );
    }
    // No pictograms outside Easy Read.
    expect(await (await app.request('/tell/demo')).text()).not.toContain('data-pictogram');
  });

  it('answers errors in the language of the form, numbers in its digits', async () => {
    const res = await post(
      '/tell/demo?lang=ar',
      form({ lang: 'ar', finished: 'over_1_year', story: 'x'.repeat(10_001) }),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(attr(html, 'dir')).toBe('rtl');
    expect(title(html).startsWith(escapeHtml(ar['page.errorPrefix']))).toBe(true);
    expect(html).toContain(escapeHtml(ar['errors.summaryTitle']));
    expect(html).toContain(`<a href="#f-respondent">${escapeHtml(ar['who.error'])}</a>`);
    expect(html).toContain(escapeHtml(ar['story.errorTooLong'].other.replace('{count}', '١٠٠٠٠')));
    expect(html).toContain(
      escapeHtml(ar['experience.error'].replace('{statement}', ar['experience.listened'])),
    );
    expect(html).not.toContain(escapeHtml(en['who.error']));
  });

  it('stores the language with the story and confirms in it', async () => {
    const res = await post('/tell/demo?lang=ar', form({ ...complete, lang: 'ar' }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(attr(html, 'lang')).toBe('ar');
    expect(html).toContain(escapeHtml(ar['done.heading']));
    expect(html).toContain('href="/withdraw?lang=ar"');
    const story = deps.sqlite.prepare('select id, language from story').get() as {
      id: number;
      language: string;
    };
    expect(story.language).toBe('ar');
    const wording = deps.sqlite
      .prepare("select wording_text from consent where story_id = ? and purpose = 'board_share'")
      .get(story.id) as { wording_text: string };
    expect(wording.wording_text).toBe(ar['consent.board_share']);
  });

  it('confirms in Easy Read with pictograms, and stores en-easy', async () => {
    const res = await post('/tell/demo', form({ ...complete, lang: 'en-easy' }));
    const html = await res.text();
    expect(html).toContain(escapeHtml(enEasy['done.heading']));
    expect(html).toMatch(/data-pictogram="clock"/);
    expect(html).toContain('href="/withdraw?lang=en-easy"');
    const story = deps.sqlite.prepare('select language from story').get() as { language: string };
    expect(story.language).toBe('en-easy');
  });

  it('answers an unknown site in the language asked for', async () => {
    const res = await app.request('/tell/nowhere?lang=ar');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(escapeHtml(ar['errors.notFoundHeading']));
  });
});

describe('/withdraw', () => {
  it('is Easy Read for ?lang=en-easy, with pictograms, and carries the choice in the form', async () => {
    const res = await app.request('/withdraw?lang=en-easy');
    const html = await res.text();
    expect(attr(html, 'class')).toBe('hw-easy-read');
    expect(html).toContain(escapeHtml(enEasy['withdraw.title']));
    expect(html).toContain('data-pictogram="story"');
    expect(html).toContain('<input type="hidden" name="lang" value="en-easy">');
    expect(res.headers.get('set-cookie')).toBeNull();

    const wrong = await post('/withdraw?lang=en-easy', form({ lang: 'en-easy', reference: 'ABC' }));
    const errorPage = await wrong.text();
    expect(errorPage).toContain(escapeHtml(enEasy['withdraw.error.length']));
    expect(attr(errorPage, 'class')).toBe('hw-easy-read');
  });

  it('is right to left in Arabic, offering every language', async () => {
    const html = await (await app.request('/withdraw?lang=ar')).text();
    expect(attr(html, 'lang')).toBe('ar');
    expect(attr(html, 'dir')).toBe('rtl');
    expect(html).toContain(escapeHtml(ar['withdraw.title']));
    for (const code of ['pl', 'so', 'bn', 'en-easy']) expect(html).toContain(`?lang=${code}"`);
  });
});

describe('a form post over the rate limit', () => {
  it('is answered in the language of the form', async () => {
    // Over real HTTP: the per-address limit needs a client address.
    const heard = await startHeard({ env: { HEARD_RATE_LIMIT_PER_ADDRESS: '1' } });
    try {
      const send = () =>
        fetch(`${heard.url}/tell/demo?lang=en-easy`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: form({ lang: 'en-easy' }),
        });
      let res = await send();
      for (let i = 0; i < 5 && res.status !== 429; i++) res = await send();
      expect(res.status).toBe(429);
      const html = await res.text();
      expect(attr(html, 'class')).toBe('hj-easy-read');
      expect(html).toContain(escapeHtml(enEasy['check.rateLimited']));
    } finally {
      await heard.close();
    }
  });
});
