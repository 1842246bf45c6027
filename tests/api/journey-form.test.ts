import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../domain/messages/en.ts';
import { parseReference } from '../../domain/reference.ts';
import { createApp } from '../../server/app.ts';
import { completeNoJsForm } from '../support/fixtures.ts';
import { referenceHashOf } from '../support/references.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  deps = await createTestDeps({ env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0' } });
  app = createApp(deps);
});
afterEach(async () => deps.cleanup());

/** A complete, valid no-JavaScript form as a browser would send it. */
const validForm = (overrides: Record<string, string | string[] | undefined> = {}) => {
  const fields: Record<string, string | string[] | undefined> = {
    ...completeNoJsForm({
      idempotencyKey: 'form-key-0001',
      askedOutcomes: 'yes_expressed',
      wantedOutcome: 'I wanted to stay in my own home.',
      outcomeAchieved: 'fully',
      harmKinds: ['financial', 'psychological'],
      location: 'own_home',
      story:
        'My nephew used my bank card without asking. The team helped me set up a new bank account & <b>lock</b> it.',
      helpedMost: '',
      shouldChange: '',
      consents: ['board_share', 'training'],
      website: '',
    }),
    ...overrides,
  };
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return body;
};

const post = (
  body: URLSearchParams | string,
  headers: Record<string, string> = {},
  site = 'demo',
) =>
  app.request(`http://localhost/tell/${site}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: body.toString(),
  });

const count = (table: string) =>
  (deps.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe('GET /tell/{siteKey}', () => {
  it('serves the journey with the no-JavaScript form inside it and a strict CSP', async () => {
    const res = await app.request('/tell/demo');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/tell/demo" novalidate>');
    expect(html).toContain('<script type="module" src="/assets/journey/journey.js"></script>');
    expect(html).not.toMatch(/<script>(?!<\/)|style="|<style/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    // `same-origin`: no referrer to other sites, and the form's own posts carry Heard's Origin.
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers an unknown site with an accessible 404 page', async () => {
    const res = await app.request('/tell/nowhere');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<h1 class="hj-heading-l">Page not found</h1>');
    expect(html).toContain('Exit this page');
    expect(html).not.toContain('heard-site');
  });

  it('answers an inactive site with the same 404 page', async () => {
    deps.sqlite.prepare("update site set active = 0 where key = 'demo'").run();
    expect((await app.request('/tell/demo')).status).toBe(404);
  });
});

describe('POST /tell/{siteKey} (no JavaScript)', () => {
  it('asks whether anyone is at risk now, and an answer of yes is urgent with the response time', async () => {
    const page = await (await app.request('/tell/demo')).text();
    expect(page).toContain('name="atRiskNow"');
    const res = await post(validForm({ atRiskNow: 'yes' }));
    const html = await res.text();
    expect(html).toContain('a coordinator will read your story within 4 working hours');
    const story = deps.sqlite.prepare('select at_risk_now, urgent from story').get();
    expect(story).toEqual({ at_risk_now: 'yes', urgent: 1 });
  });

  it('stores a valid story and shows its reference and nothing the person typed', async () => {
    const res = await post(validForm());
    expect(res.status).toBe(200);
    const html = await res.text();
    const reference = /data-testid="reference">([^<]+)</.exec(html)?.[1] ?? '';
    expect(parseReference(reference).ok).toBe(true);
    expect(html).not.toContain('nephew');
    const story = deps.sqlite.prepare('select * from story').get() as Record<string, unknown>;
    expect(story).toMatchObject({
      respondent: 'self',
      finished: 'over_1_year',
      outcome_achieved: 'fully',
      exp_informed: 'no',
      harm_kinds: '["financial","psychological"]',
      urgent: 0,
      status: 'new',
    });
    expect(deps.sealer.open(String(story.story_sealed), 'story.story')).toContain('nephew');
    const consents = deps.sqlite
      .prepare('select purpose, granted from consent order by purpose')
      .all() as { purpose: string; granted: number }[];
    expect(consents.filter((c) => c.granted === 1).map((c) => c.purpose)).toEqual([
      'board_share',
      'training',
    ]);
    const ref = deps.sqlite.prepare('select code_hash from reference').get() as {
      code_hash: string;
    };
    expect(ref.code_hash).toBe(referenceHashOf(deps, reference));
  });

  it('stores the consent words the form showed, even from someone telling it for another', async () => {
    // The one-page form cannot reword its consent choices by answer, so it shows the adult's
    // own words; the stored wording must be those words, not the journey's wording for others.
    const page = await (await app.request('http://localhost/tell/demo')).text();
    expect(page).toContain(en['consent.quote']);
    expect(page).not.toContain(en['consent.quote.rep']);
    const res = await post(
      validForm({ respondent: 'family', personKnows: 'yes_happy', consents: ['quote'] }),
    );
    expect(res.status).toBe(200);
    const rows = deps.sqlite
      .prepare('select purpose, granted, wording_text from consent order by purpose')
      .all() as { purpose: string; granted: number; wording_text: string }[];
    expect(rows.find((r) => r.purpose === 'quote')).toMatchObject({
      granted: 1,
      wording_text: en['consent.quote'],
    });
  });

  it('stores the same form sent twice only once', async () => {
    const first = await (await post(validForm())).text();
    const second = await (await post(validForm())).text();
    const ref = (html: string) => /data-testid="reference">([^<]+)</.exec(html)?.[1];
    expect(ref(second)).toBe(ref(first));
    expect(count('story')).toBe(1);
  });

  it('re-shows the form with an error summary, inline errors and the values kept', async () => {
    const res = await post(
      validForm({ respondent: undefined, story: '  ', 'experience.dignity': undefined }),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<title>Error: /);
    expect(html).toContain('There is a problem');
    expect(html).toContain('<a href="#f-respondent">Select who is filling this in</a>');
    expect(html).toContain('<a href="#f-story">Tell us what happened</a>');
    expect(html).toContain('<a href="#f-experience-dignity">');
    expect(html).toContain('id="f-respondent-error"');
    // Answers already given are kept: radios checked, text kept (escaped), boxes ticked.
    expect(html).toMatch(/value="over_1_year" checked/);
    expect(html).toContain('I wanted to stay in my own home.</textarea>');
    expect(html).toMatch(/value="financial" checked/);
    expect(html).toMatch(/value="board_share" checked/);
    expect(html).not.toContain('<script type="module"');
    expect(count('story')).toBe(0);
  });

  it('escapes what the person typed when the form is shown again', async () => {
    const res = await post(
      validForm({ respondent: undefined, story: '</textarea><script>x()</script>' }),
    );
    const html = await res.text();
    expect(html).not.toContain('<script>x()</script>');
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;');
  });

  it('asks for contact details only when a contact choice was ticked', async () => {
    const res = await post(validForm({ consents: ['contact_check'] }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<a href="#f-contact-method">Select how we should contact you</a>');
    const ok = await post(
      validForm({
        consents: ['contact_check'],
        'contact.method': 'phone',
        'contact.phone': '07700 900982',
        'contact.safeToLeaveMessage': 'no',
        'contact.email': 'ignored@example.com',
      }),
    );
    expect(ok.status).toBe(200);
    const contact = deps.sqlite.prepare('select * from contact').get() as Record<string, unknown>;
    expect(contact.email_sealed).toBeNull();
    expect(deps.sealer.open(String(contact.phone_sealed), 'contact.phone')).toBe('07700 900982');
  });

  it('drops answers to questions that do not apply instead of refusing the story', async () => {
    const res = await post(
      validForm({ askedOutcomes: 'no', personKnows: 'yes_happy', consents: [] }),
    );
    expect(res.status).toBe(200);
    const story = deps.sqlite.prepare('select * from story').get() as Record<string, unknown>;
    expect(story.person_knows).toBeNull();
    expect(story.outcome_achieved).toBeNull();
    expect(story.wanted_outcome_sealed).toBeNull();
  });

  it('flags a story with words of current danger as urgent and shows the contacts', async () => {
    const res = await post(validForm({ story: 'He still hits me and I am scared to go home.' }));
    const html = await res.text();
    expect(html).toContain('If you or someone else is in danger now');
    expect(html).toContain('020 7946 0000');
    const story = deps.sqlite.prepare('select urgent from story').get() as { urgent: number };
    expect(story.urgent).toBe(1);
  });

  it('quarantines a story whose honeypot was filled in, and answers as usual', async () => {
    const res = await post(validForm({ website: 'http://spam.example' }));
    expect(res.status).toBe(200);
    const story = deps.sqlite.prepare('select status from story').get() as { status: string };
    expect(story.status).toBe('quarantined');
  });

  it('refuses a post from another website and stores nothing', async () => {
    const crossOrigin = await post(validForm(), { Origin: 'https://evil.example' });
    expect(crossOrigin.status).toBe(403);
    const crossSite = await post(validForm(), { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect(count('story')).toBe(0);
  });

  it('refuses a post whose Origin is "null" (a sandboxed frame or data: page) and stores nothing', async () => {
    // Sec-Fetch-Site says nothing here, as in a browser that does not send it; the opaque
    // origin alone must be enough to refuse (issue 12, decision 0067).
    const opaque = await post(validForm(), { Origin: 'null' });
    expect(opaque.status).toBe(403);
    expect(opaque.headers.get('content-type')).toMatch(/text\/html/);
    expect(await opaque.text()).toContain('sent from another website');
    const opaqueSameSite = await post(validForm(), {
      Origin: 'null',
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(opaqueSameSite.status).toBe(403);
    expect(count('story')).toBe(0);
  });

  it('accepts a post from its own page, which names Heard as its Origin', async () => {
    const res = await post(validForm(), {
      Origin: 'http://localhost',
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(res.status).toBe(200);
    const noHeaders = await post(validForm({ idempotencyKey: 'form-key-0002' }));
    expect(noHeaders.status).toBe(200);
    expect(count('story')).toBe(2);
  });

  it('answers an unknown site with the 404 page and stores nothing', async () => {
    const res = await post(validForm(), {}, 'nowhere');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
    expect(count('story')).toBe(0);
  });

  it('refuses a body that is not a form', async () => {
    const res = await app.request('http://localhost/tell/demo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(415);
    expect(count('story')).toBe(0);
  });

  it('refuses an oversized form with a page, not a crash', async () => {
    const res = await post(validForm({ story: 'x'.repeat(200_000) }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(count('story')).toBe(0);
  });
});
