import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import {
  type AdminClient,
  appRequester,
  type Requester,
  signInAs,
} from '../support/admin-client.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';

// The public contract of docs/redaction.md, over real HTTP on a real database.
let deps: TestDeps;
let send: Requester;
let coordinator: AdminClient;

beforeAll(async () => {
  deps = await createTestDeps({
    env: { HEARD_RATE_LIMIT_PER_ADDRESS: '0', HEARD_RATE_LIMIT_PER_SITE: '0' },
  });
  send = appRequester(createApp(deps));
  coordinator = await signInAs(send, deps, { role: 'coordinator', boardSlugs: [DEMO_BOARD_SLUG] });
});
afterAll(async () => deps.cleanup());

type Suggestion = { start: number; end: number; kind: string; replacement: string };

async function suggest(text: string): Promise<Suggestion[]> {
  const res = await coordinator.post('/admin/api/redactions/suggest', { text });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { suggestions: Suggestion[] };
  return body.suggestions;
}

describe('POST /admin/api/redactions/suggest', () => {
  it('answers with sorted UTF-16 offsets, kinds and replacements', async () => {
    const text = '😀 Nurse Sarah Jones rang me on 07700 900123 about Rosewood Care Home.';
    const suggestions = await suggest(text);
    expect(suggestions.map((s) => [text.slice(s.start, s.end), s.kind, s.replacement])).toEqual([
      ['Nurse Sarah Jones', 'staff', '[nurse]'],
      ['07700 900123', 'phone', '[phone number]'],
      ['Rosewood Care Home', 'place', '[care home]'],
    ]);
    for (const s of suggestions)
      expect(Object.keys(s).sort()).toEqual(['end', 'kind', 'replacement', 'start']);
  });

  it('answers an empty list for text with nothing to remove', async () => {
    expect(await suggest('Social Services listened to me in the end.')).toEqual([]);
  });

  it('handles the longest allowed text', async () => {
    const filler = 'The carers came late again and nobody rang. ';
    const text = `${filler.repeat(Math.floor((20_000 - 10) / filler.length))}Paul came.`;
    expect(text.length).toBeGreaterThan(19_950);
    const suggestions = await suggest(text);
    expect(suggestions).toEqual([
      { start: text.length - 10, end: text.length - 6, kind: 'name', replacement: '[name]' },
    ]);
  });

  it('refuses text over 20,000 characters with a plain-English problem', async () => {
    const res = await coordinator.post('/admin/api/redactions/suggest', {
      text: 'a'.repeat(20_001),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
