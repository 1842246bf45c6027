import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { PackModel } from '../../server/packs/pack-model.ts';
import { withdrawStory } from '../../server/withdrawal/withdraw-story.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { createTestDeps, type TestDeps } from '../support/test-deps.ts';
import {
  addStory,
  curateAndApprove,
  demoBoardId,
  type StaffClient,
  staffClient,
} from './board-support.ts';
import { unzip } from './packs-zip.ts';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
let boardId: number;
let secretary: StaffClient;
let coordinator: StaffClient;
let good: number[];

const noBoard = {
  board_share: false,
  training: true,
  publish: false,
  quote: false,
  contact_check: false,
  contact_involve: false,
};
const AT = new Date('2026-05-01T10:00:00Z');

beforeEach(async () => {
  deps = await createTestDeps();
  app = createApp(deps);
  boardId = await demoBoardId(deps);
  secretary = await staffClient(deps, app, { role: 'board_secretary', boardIds: [boardId] });
  coordinator = await staffClient(deps, app, { role: 'coordinator', boardIds: [boardId] });
  good = [];
  for (const [i, draft] of [
    adultStory(),
    representativeStory(),
    adultStory({ feelSafer: 'a_lot' }),
  ].entries()) {
    const id = await addStory(deps, draft, AT);
    await curateAndApprove(coordinator, id, {
      title: `Story title ${i + 1}`,
      text: `Anonymised text ${i + 1}. Money kept going missing after the morning visits.`,
      quotes: i === 0 ? ['Money kept going missing after the morning visits.'] : [],
      principles: ['empowerment'],
      harmKinds: ['financial'],
    });
    good.push(id);
  }
});
afterEach(async () => deps.cleanup());

const base = () => `/admin/api/boards/${boardId}/packs`;

async function newPack(client = secretary): Promise<number> {
  const res = await client.send('POST', base(), {
    title: 'Board meeting January 2027',
    meetingDate: '2027-01-20',
    periodFrom: '2026-04-01',
    periodTo: '2026-12-31',
    priorities: 'Making Safeguarding Personal.\n\nFinancial abuse at home.',
    principles: ['empowerment', 'accountability'],
    caveats: 'Small numbers this quarter.',
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as PackModel).packId;
}

const putStories = (packId: number, ids: number[], client = secretary) =>
  client.send('PUT', `${base()}/${packId}/stories`, {
    stories: ids.map((storyId, i) => ({
      storyId,
      tellsUs: `What story ${i + 1} tells us`,
      questions: `Question ${i + 1}?`,
    })),
  });

const read = async (packId: number) =>
  (await (await secretary.get(`${base()}/${packId}`)).json()) as PackModel;

describe('choosing stories for a pack', () => {
  it('keeps the chosen stories in order with what they tell us, quotes only with quote consent', async () => {
    const packId = await newPack();
    const res = await putStories(packId, [good[2] as number, good[0] as number, good[1] as number]);
    expect(res.status).toBe(200);
    const pack = (await res.json()) as PackModel;
    expect(pack.stories.map((s) => s.storyId)).toEqual([good[2], good[0], good[1]]);
    expect(pack.stories[1]?.quotes).toEqual(['Money kept going missing after the morning visits.']);
    expect(pack.stories[0]?.tellsUs).toBe('What story 1 tells us');
    expect(pack.stories[2]?.respondent).toBe('representative');
    expect(JSON.stringify(pack)).not.toMatch(/sealed|The social worker listened to me/);
  });

  it('refuses a story without Board-sharing consent, naming it, and changes nothing', async () => {
    const packId = await newPack();
    const id = await addStory(deps, adultStory({ consents: noBoard }), AT);
    await curateAndApprove(coordinator, id, {
      title: 'Training only',
      text: 'Training only text.',
    });
    const res = await putStories(packId, [good[0] as number, id]);
    expect(res.status).toBe(409);
    const body = (await res.json()) as { errors: { field: string; code: string }[] };
    expect(body.errors).toEqual([
      expect.objectContaining({ field: 'stories.1.storyId', code: 'no_board_consent' }),
    ]);
    expect((await read(packId)).stories).toEqual([]);
  });

  it('refuses a story with no approved anonymised version', async () => {
    const packId = await newPack();
    const id = await addStory(deps, adultStory(), AT);
    const body = (await (await putStories(packId, [id])).json()) as { errors: { code: string }[] };
    expect(body.errors[0]?.code).toBe('no_approved_redaction');
  });

  it('refuses a withdrawn story, an expired consent and another Board’s story', async () => {
    const packId = await newPack();
    await withdrawStory(deps.db, good[0] as number, {
      actor: 'public',
      address: null,
      now: deps.now(),
      via: 'public',
    });
    await deps.db
      .updateTable('consent')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('story_id', '=', good[1] as number)
      .execute();
    const other = await deps.db
      .insertInto('board')
      .values({ slug: 'other', name: 'Other SAB', created_at: deps.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.db
      .updateTable('story')
      .set({ board_id: other.id })
      .where('id', '=', good[2] as number)
      .execute();
    const body = (await (await putStories(packId, good)).json()) as { errors: { code: string }[] };
    expect(body.errors.map((e) => e.code)).toEqual(['withdrawn', 'consent_expired', 'not_found']);
  });

  it('drops a story from a draft pack the moment it is withdrawn, with a visible note', async () => {
    const packId = await newPack();
    await putStories(packId, good);
    await withdrawStory(deps.db, good[1] as number, {
      actor: 'public',
      address: null,
      now: deps.now(),
      via: 'public',
    });
    const rows = await deps.db
      .selectFrom('pack_story')
      .select('story_id')
      .where('pack_id', '=', packId)
      .execute();
    expect(rows.map((r) => r.story_id).sort()).toEqual([good[0], good[2]].sort());
    const pack = await read(packId);
    expect(pack.stories.map((s) => s.position)).toEqual([1, 2]);
    expect(pack.notes).toEqual([expect.objectContaining({ kind: 'story_withdrawn' })]);
    const html = await (await secretary.get(`${base()}/${packId}/export/html`)).text();
    expect(html).toContain('removed from this pack because the person who told it withdrew it');
  });

  it('drops a story whose consent has expired when the draft is next read, even without a hook', async () => {
    const packId = await newPack();
    await putStories(packId, good);
    await deps.db
      .updateTable('consent')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('story_id', '=', good[0] as number)
      .execute();
    const pack = await read(packId);
    expect(pack.stories.map((s) => s.storyId)).toEqual([good[1], good[2]]);
    expect(pack.notes.map((n) => n.kind)).toEqual(['story_left_library']);
  });
});

describe('issuing a pack', () => {
  it('asks a person who signed in over 15 minutes ago to confirm it is them', async () => {
    const stale = await staffClient(deps, app, {
      role: 'board_secretary',
      boardIds: [boardId],
      authenticatedMinutesAgo: 20,
    });
    const packId = await newPack(stale);
    expect((await stale.send('POST', `${base()}/${packId}/issue`)).status).toBe(428);
    expect((await stale.get(`${base()}/${packId}/export/docx`)).status).toBe(428);
  });

  it('freezes the content, records who issued it, and keeps it after a withdrawal', async () => {
    const packId = await newPack();
    await putStories(packId, good);
    const res = await secretary.send('POST', `${base()}/${packId}/issue`);
    expect(res.status).toBe(200);
    const issued = (await res.json()) as PackModel;
    expect(issued.status).toBe('issued');
    expect(issued.issuedBy).toMatch(/board_secretary-\d+@example.org/);
    await withdrawStory(deps.db, good[0] as number, {
      actor: 'public',
      address: null,
      now: deps.now(),
      via: 'public',
    });
    const after = await read(packId);
    expect(after.stories.map((s) => s.storyId)).toEqual(good);
    expect(after.stories[0]?.text).toBe(issued.stories[0]?.text);
    expect((await putStories(packId, [good[1] as number])).status).toBe(409);
    expect((await secretary.send('POST', `${base()}/${packId}/issue`)).status).toBe(409);
    expect(() =>
      deps.sqlite.prepare("update pack set title = 'x' where id = ?").run(packId),
    ).toThrow(/cannot change/);
    const audit = await deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor'])
      .where('action', '=', 'pack.issued')
      .execute();
    expect(audit).toEqual([{ action: 'pack.issued', actor: String(secretary.userId) }]);
  });
});

describe('exports', () => {
  it('makes a Word document with real headings, header rows, chart alt text and properties', async () => {
    const packId = await newPack();
    await putStories(packId, good);
    const res = await secretary.get(`${base()}/${packId}/export/docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="heard-pack-demo-sab-2027-01-20-draft.docx"/,
    );
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    const doc = files.get('word/document.xml') ?? '';
    const styles = files.get('word/styles.xml') ?? '';
    const core = files.get('docProps/core.xml') ?? '';
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>.*Board meeting January 2027/s);
    expect((doc.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect((doc.match(/<w:pStyle w:val="Heading3"\/>/g) ?? []).length).toBe(3);
    expect(styles).toMatch(/w:styleId="Heading1"/);
    expect((doc.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(6);
    const descriptions = [...doc.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions).toHaveLength(3);
    expect(descriptions[0]).toMatch(/Adults: Fully/);
    expect(core).toMatch(/<dc:title>Board meeting January 2027<\/dc:title>/);
    expect(core).toMatch(/<dc:creator>Heard<\/dc:creator>/);
    expect(core).toMatch(/<dc:description>Board pack for Demo Safeguarding Adults Board/);
    expect([...files.keys()].some((k) => k.endsWith('.png'))).toBe(true);
    expect([...files.keys()].some((k) => k.endsWith('.svg'))).toBe(true);
    const audit = await deps.db
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'pack.exported')
      .execute();
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ format: 'docx', stories: 3 });
  });

  it('makes print-ready HTML with captioned tables and described charts, and nothing fetched', async () => {
    const packId = await newPack();
    await putStories(packId, good);
    const res = await secretary.get(`${base()}/${packId}/export/html`);
    const html = await res.text();
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toMatch(/<html lang="en-GB">/);
    expect(html).toMatch(/<h1>Board meeting January 2027<\/h1>/);
    expect(html).toMatch(/<caption>Who answered<\/caption><thead><tr><th scope="col">Group/);
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="chart-1-title chart-1-desc"/);
    expect(html).not.toMatch(/<script|src="http/);
    expect(html.match(/<h3 id="story-/g)).toHaveLength(3);
  });

  // PDF: tests/api/packs-exports.test.ts.

  it('shows another Board’s pack to no one (404)', async () => {
    const packId = await newPack();
    const other = await deps.db
      .insertInto('board')
      .values({ slug: 'other', name: 'Other SAB', created_at: deps.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const outsider = await staffClient(deps, app, {
      role: 'board_secretary',
      boardIds: [other.id],
    });
    expect((await outsider.get(`${base()}/${packId}`)).status).toBe(404);
    expect((await outsider.get(`/admin/api/boards/${other.id}/packs/${packId}`)).status).toBe(404);
    expect(
      (await outsider.get(`/admin/api/boards/${other.id}/packs/${packId}/export/docx`)).status,
    ).toBe(404);
  });
});
