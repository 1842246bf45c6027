import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageRow } from '../../db/schema.ts';
import { ACTION_STATUSES } from '../../domain/actions.ts';
import { LANGUAGE_CODES } from '../../domain/languages.ts';
import { MESSAGE_CHANNELS } from '../../domain/outbox.ts';
import type { StoryInputDraft } from '../../domain/story-schema.ts';
import type { AppEnv } from '../../server/app-env.ts';
import { STORYTELLER_HOLD_MS } from '../../server/messages/hear-back.ts';
import { type HearBackNews, hearBackWording } from '../../server/messages/storyteller-wording.ts';
import { withdrawConsents, withdrawStory } from '../../server/withdrawal/withdraw-story.ts';
import { adultStory, representativeStory } from '../support/fixtures.ts';
import { type RunningHeard, startHeard } from '../support/heard-server.ts';
import {
  addStory,
  curateAndApprove,
  demoBoardId,
  type StaffClient,
  staffClient,
} from './board-support.ts';

/**
 * Hearing back (issue 13, decision 0093), on a real database over real HTTP: each event queues
 * one held message to each teller who may hear back, through the route they chose, with no story
 * words, names or reference in it; nobody else gets one.
 */

let heard: RunningHeard;
let boardId: number;
let coordinator: StaffClient;
let secretary: StaffClient;
let clock: Date;

const STORY_WORDS = ['nursing', 'weight', 'chase', 'losing'];
const NAME = 'Samira Okafor';
const EMAIL = 'samira.okafor@example.org';

beforeEach(async () => {
  heard = await startHeard();
  clock = new Date('2026-12-09T10:00:00Z');
  heard.deps.now = () => clock;
  // Staff requests over real HTTP: the board-support client calls `request` on this.
  const http = {
    request: (path: string, init?: RequestInit) =>
      fetch(`http://127.0.0.1:${heard.port}${path}`, init),
  } as unknown as Hono<AppEnv>;
  boardId = await demoBoardId(heard.deps);
  coordinator = await staffClient(heard.deps, http, { role: 'coordinator', boardIds: [boardId] });
  secretary = await staffClient(heard.deps, http, { role: 'board_secretary', boardIds: [boardId] });
});
afterEach(async () => heard.close());

const emailTeller = (over: Partial<StoryInputDraft> = {}) =>
  representativeStory({
    contact: { name: NAME, method: 'email', email: EMAIL, safeToLeaveMessage: true },
    ...over,
  });
const phoneTeller = (over: Partial<StoryInputDraft> = {}) =>
  representativeStory({
    contact: { name: NAME, method: 'phone', phone: '07700 900982', safeToLeaveMessage: true },
    ...over,
  });

const messages = (kind?: string): Promise<MessageRow[]> => {
  let q = heard.deps.db.selectFrom('message').selectAll().orderBy('id');
  if (kind) q = q.where('kind', '=', kind as MessageRow['kind']);
  return q.execute();
};

async function ok(res: Response): Promise<Response> {
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return res;
}

const check = (storyId: number) =>
  coordinator.send('POST', `/admin/api/stories/${storyId}/check`, { outcome: 'no_current_risk' });

/** Nothing a teller is sent may carry their story, name, contact details or reference. */
function expectNothingPersonal(m: MessageRow, reference?: string) {
  const text = `${m.subject}\n${m.body ?? ''}`;
  for (const word of [
    ...STORY_WORDS,
    NAME,
    'Samira',
    EMAIL,
    '07700',
    'abuse',
    'safeguard',
    'Safeguard',
    'Demo',
  ])
    expect(text).not.toContain(word);
  if (reference) expect(text).not.toContain(reference);
  expect(m.body_sealed).toBeNull();
  expect(m.recipient_sealed).toBeNull();
}

describe('their story has been read', () => {
  it('queues one held message, by email, at the first safeguarding check', async () => {
    const id = await addStory(heard.deps, emailTeller());
    await ok(await check(id));
    await ok(await check(id));
    const [m, ...rest] = await messages();
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      kind: 'hear_back_read',
      channel: 'email',
      recipient_kind: 'storyteller',
      recipient_user_id: null,
      story_id: id,
      board_id: boardId,
      status: 'held',
      dedupe_key: `hear_back_read:story:${id}`,
      hold_until: new Date(clock.getTime() + STORYTELLER_HOLD_MS).toISOString(),
    });
    expect(m?.body).toContain('The people you told have read what you sent.');
    expect(m?.body).toContain(`${heard.deps.config.linkBase}/withdraw`);
    expect(m?.subject).toBe('An update from Heard');
    expectNothingPersonal(m as MessageRow);
    const audits = await heard.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'message.queued')
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor: String(coordinator.userId), object_id: String(id) });
    expect(audits[0]?.detail).not.toContain(EMAIL);
  });

  it('goes by SMS to someone who chose phone, and counts a rejection as read', async () => {
    const id = await addStory(heard.deps, phoneTeller());
    await ok(
      await coordinator.send('POST', `/admin/api/stories/${id}/reject`, {
        reason: 'Duplicate of another story',
      }),
    );
    await ok(await check(id));
    const all = await messages();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ kind: 'hear_back_read', channel: 'sms', status: 'held' });
    expectNothingPersonal(all[0] as MessageRow);
  });

  it('sends nothing to people who did not ask, withdrew that wish, or said a message is not safe', async () => {
    const notAsked = await addStory(heard.deps, adultStory({ contact: undefined }));
    const withdrew = await addStory(heard.deps, emailTeller());
    const unsafe = await addStory(
      heard.deps,
      emailTeller({ contact: { method: 'email', email: EMAIL, safeToLeaveMessage: false } }),
    );
    await withdrawConsents(heard.deps.db, withdrew, ['contact_check'], {
      actor: 'public',
      address: null,
      now: clock,
    });
    for (const id of [notAsked, withdrew, unsafe]) await ok(await check(id));
    expect(await messages()).toEqual([]);
  });
});

describe('their story is used in a Board pack', () => {
  it('queues one message per story when the pack is issued, with the meeting date', async () => {
    const a = await addStory(heard.deps, emailTeller());
    const b = await addStory(heard.deps, phoneTeller());
    const gone = await addStory(heard.deps, emailTeller());
    for (const id of [a, b, gone])
      await curateAndApprove(coordinator, id, { title: `Story ${id}`, text: 'Updates were slow.' });
    const base = `/admin/api/boards/${boardId}/packs`;
    const pack = await ok(
      await secretary.send('POST', base, {
        title: 'January',
        meetingDate: '2027-01-20',
        periodFrom: '2026-04-01',
        periodTo: '2026-12-31',
        principles: [],
      }),
    );
    const packId = ((await pack.json()) as { packId: number }).packId;
    await ok(
      await secretary.send('PUT', `${base}/${packId}/stories`, {
        stories: [a, b, gone].map((storyId) => ({
          storyId,
          tellsUs: 'Slow updates',
          questions: 'Why?',
        })),
      }),
    );
    // Withdrawn after it was chosen: the pack drops it, and its teller is sent nothing.
    await withdrawStory(heard.deps.db, gone, { actor: 'public', address: null, now: clock });
    await ok(await secretary.send('POST', `${base}/${packId}/issue`, {}));
    expect((await secretary.send('POST', `${base}/${packId}/issue`, {})).status).toBe(409);
    const packNews = await messages('hear_back_pack');
    expect(packNews.map((m) => [m.story_id, m.channel, m.status])).toEqual([
      [a, 'email', 'held'],
      [b, 'sms', 'held'],
    ]);
    expect(packNews[0]?.body).toContain('at its meeting on 20 January 2027.');
    expect(packNews[0]?.dedupe_key).toBe(`hear_back_pack:pack:${packId}:story:${a}`);
    for (const m of packNews) expectNothingPersonal(m);
  });
});

describe('an action linked to their story changes status', () => {
  const actionBody = (storyIds: number[], status: string) => ({
    theme: 'Being kept informed',
    peopleSaid: 'Families had to chase.',
    boardWillDo: 'Weekly updates.',
    owner: 'Head of adult safeguarding',
    status,
    storyIds,
  });

  it('queues a message per change, tells only the latest while held, and links the list entry', async () => {
    const id = await addStory(heard.deps, emailTeller());
    const quiet = await addStory(
      heard.deps,
      adultStory({ consents: { ...adultStory().consents, board_share: true } }),
    );
    await curateAndApprove(coordinator, id, { title: 'Chasing', text: 'Updates were slow.' });
    await curateAndApprove(coordinator, quiet, { title: 'Quiet', text: 'All fine.' });
    const base = `/admin/api/boards/${boardId}/actions`;
    const created = await ok(
      await coordinator.send('POST', base, actionBody([id, quiet], 'proposed')),
    );
    const actionId = ((await created.json()) as { id: number }).id;
    clock = new Date(clock.getTime() + 60_000);
    await ok(
      await coordinator.send('PUT', `${base}/${actionId}`, actionBody([id, quiet], 'agreed')),
    );
    // The same status again is no change: nothing new.
    await ok(
      await coordinator.send('PUT', `${base}/${actionId}`, actionBody([id, quiet], 'agreed')),
    );

    const news = await messages('hear_back_action');
    expect(news.map((m) => [m.story_id, m.status])).toEqual([
      [id, 'stopped'],
      [id, 'held'],
    ]);
    expect(news[1]?.body).toContain('Something you asked for has changed. It is now: agreed.');
    for (const m of news) expectNothingPersonal(m);
    const stops = await heard.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'message.stopped')
      .execute();
    expect(stops.map((s) => s.object_id)).toEqual([String(news[0]?.id)]);

    const list = async () =>
      (
        (await (await coordinator.get(`/admin/api/boards/${boardId}/to-tell`)).json()) as {
          items: {
            storyId: number;
            status: string;
            message: { id: number; status: string } | null;
          }[];
        }
      ).items;
    expect(await list()).toEqual([
      expect.objectContaining({
        storyId: id,
        status: 'agreed',
        message: expect.objectContaining({ id: news[1]?.id, status: 'held' }),
      }),
    ]);
    // Once the sender has delivered it, nobody needs to tell them by hand.
    await heard.deps.db
      .updateTable('message')
      .set({ status: 'sent' })
      .where('id', '=', news[1]?.id as number)
      .execute();
    expect(await list()).toEqual([]);
    const action = (await (await coordinator.get(`${base}`)).json()) as {
      items: { toTell: number }[];
    };
    expect(action.items[0]?.toTell).toBe(0);
  });

  it('stops what has not gone when the story or the wish to be contacted is withdrawn', async () => {
    const story = await addStory(heard.deps, emailTeller());
    const contact = await addStory(heard.deps, phoneTeller());
    const stays = await addStory(heard.deps, phoneTeller());
    for (const id of [story, contact, stays])
      await curateAndApprove(coordinator, id, { title: 'Chasing', text: 'Updates were slow.' });
    const base = `/admin/api/boards/${boardId}/actions`;
    const created = await ok(
      await coordinator.send('POST', base, actionBody([contact, stays], 'proposed')),
    );
    const actionId = ((await created.json()) as { id: number }).id;
    const ctx = { actor: 'public' as const, address: null, now: clock };
    await withdrawStory(heard.deps.db, story, ctx);
    await withdrawConsents(heard.deps.db, contact, ['contact_check'], ctx);
    const left = await messages();
    expect(left.filter((m) => m.status !== 'stopped').map((m) => m.story_id)).toEqual([
      stays,
      stays,
    ]);
    expect(
      left
        .filter((m) => m.status === 'stopped')
        .map((m) => m.story_id)
        .sort(),
    ).toEqual([story, contact, contact].sort());
    // A later change reaches only the person still asking.
    clock = new Date(clock.getTime() + 60_000);
    await ok(
      await coordinator.send('PUT', `${base}/${actionId}`, actionBody([contact, stays], 'done')),
    );
    const done = (await messages('hear_back_action')).filter((m) => m.body?.includes('done'));
    expect(done.map((m) => [m.story_id, m.status])).toEqual([[stays, 'held']]);
  });
});

describe('wording', () => {
  const NEWS: HearBackNews[] = [
    { kind: 'hear_back_read' },
    { kind: 'hear_back_pack', meetingDate: '2027-09-30' },
    ...ACTION_STATUSES.map((status) => ({ kind: 'hear_back_action' as const, status })),
  ];
  const STOP = 'https://heard.hillshire.gov.uk/withdraw';

  it('is neutral by default and names the story only when the person chose that', async () => {
    const neutral = hearBackWording({
      news: NEWS[0] as HearBackNews,
      language: 'en',
      channel: 'email',
      wording: 'neutral',
      stopUrl: STOP,
    });
    const named = hearBackWording({
      news: NEWS[0] as HearBackNews,
      language: 'en',
      channel: 'email',
      wording: 'named',
      stopUrl: STOP,
    });
    expect(neutral.subject).toBe('An update from Heard');
    expect(neutral.subject).not.toMatch(/story|abuse|safeguard|board/i);
    expect(named.subject).toBe('An update about the story you told Heard');
    expect(named.body).toBe(neutral.body);

    const id = await addStory(heard.deps, emailTeller());
    await heard.deps.db
      .updateTable('contact')
      .set({ message_wording: 'named' })
      .where('story_id', '=', id)
      .execute();
    await ok(await check(id));
    expect((await messages())[0]?.subject).toBe('An update about the story you told Heard');
  });

  it('keeps every English SMS within 160 GSM characters', () => {
    const GSM =
      /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]*$/;
    for (const news of NEWS) {
      const { body } = hearBackWording({
        news,
        language: 'en',
        channel: 'sms',
        wording: 'neutral',
        stopUrl: STOP,
      });
      expect(body, body).toMatch(GSM);
      expect(body.length, body).toBeLessThanOrEqual(160);
    }
  });

  it('has every message in every catalogue language, with nothing left unfilled', () => {
    for (const language of LANGUAGE_CODES)
      for (const channel of MESSAGE_CHANNELS.filter((c) => c !== 'webhook'))
        for (const wording of ['neutral', 'named'] as const)
          for (const news of NEWS) {
            const w = hearBackWording({ news, language, channel, wording, stopUrl: STOP });
            expect(w.subject.length).toBeGreaterThan(0);
            expect(w.body).toContain(STOP);
            expect(`${w.subject} ${w.body}`).not.toMatch(/\{\w+\}/);
            if (language !== 'en' && language !== 'en-easy')
              expect(w.body, `${language} ${news.kind}`).not.toContain('you asked');
          }
  });

  it('writes each teller in the language they told their story in', async () => {
    for (const language of LANGUAGE_CODES) {
      const id = await addStory(heard.deps, emailTeller({ language }));
      await ok(await check(id));
    }
    const all = await messages();
    expect(all).toHaveLength(LANGUAGE_CODES.length);
    expect(new Set(all.map((m) => m.body)).size).toBe(LANGUAGE_CODES.length);
    for (const m of all) expectNothingPersonal(m);
  });

  it('stays out of the journey bundle', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? files(p) : [p];
      });
    const offenders = files('widget').filter((f) =>
      /outbound|storyteller-wording/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
