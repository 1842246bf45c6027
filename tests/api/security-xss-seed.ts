import type { Deps } from '../../server/app-env.ts';
import { DEMO_BOARD_SLUG } from '../../server/seed/demo.ts';
import { XSS_PAYLOADS, type XssPayload } from '../fixtures/xss-payloads.ts';
import {
  type AdminClient,
  type Requester,
  type StaffAccount,
  signInAs,
  submitStory,
} from '../support/admin-client.ts';
import { adultStory } from '../support/fixtures.ts';

/**
 * Puts every stored-XSS payload into every place staff or a storyteller can type text that is
 * shown again, through the real public and admin APIs (nothing written straight to the
 * database): story words, curated title/summary/text/quotes, local themes, Board, partner and
 * site names and settings, user names, "You said, we did" actions, and pack titles, priorities,
 * caveats, "What this tells us" and "Questions for the Board". Used by the API tests (Word, HTML,
 * PDF, CSV) and the admin browser test, so both look at the same data.
 */
export type XssWorld = {
  boardId: number;
  /** One approved story per payload, in corpus order. */
  storyIds: number[];
  /** One story per payload still in the queue (new or in review). */
  queueStoryIds: number[];
  /** One pack per payload (title, priorities, caveats, its story's notes); then the combined pack. */
  packIds: number[];
  /** A draft pack with up to 20 stories and every payload in its priorities and caveats. */
  combinedPackId: number;
  siteKeys: string[];
  /** Payload ids that some field could not hold (too long or refused by validation), by field. */
  skipped: Record<string, string[]>;
  /** Signed-in API clients; `.account` signs the same person in again (e.g. in a browser). */
  coordinator: Staff;
  secretary: Staff;
  admin: Staff;
};

type Staff = AdminClient & { account: StaffAccount };

const ok = async (res: Response, what: string): Promise<unknown> => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
};

/** The payload if the field can hold it, else null (so the field gets plain text instead). */
function fits(p: XssPayload, max: number): string | null {
  return p.text.trim().length <= max && p.text.trim().length >= 2 ? p.text : null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: every text field refuses them.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * The corpus as the APIs accept it: every text field refuses control characters (a 422, tested
 * by the fuzz tests), so a payload that carries one (`null-byte`) is stored without it; what is
 * left (`<script>…`) is still an attack worth showing inert.
 */
export const STORED_PAYLOADS: XssPayload[] = XSS_PAYLOADS.map((p) => ({
  id: p.id,
  text: p.text.replace(CONTROL, ''),
}));

export async function seedXssWorld(send: Requester, deps: Deps): Promise<XssWorld> {
  const skipped: Record<string, string[]> = {};
  const skip = (field: string, id: string) => {
    skipped[field] ??= [];
    skipped[field].push(id);
  };
  const admin = await signInAs(send, deps, { role: 'admin' });
  const coordinator = await signInAs(send, deps, {
    role: 'coordinator',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  const secretary = await signInAs(send, deps, {
    role: 'board_secretary',
    boardSlugs: [DEMO_BOARD_SLUG],
  });
  const boards = (await ok(await admin.get('/admin/api/boards'), 'boards')) as {
    items: { id: number; slug: string }[];
  };
  const boardId = boards.items.find((b) => b.slug === DEMO_BOARD_SLUG)?.id as number;

  // Organisation: Boards, partners, sites (every text setting), users, local themes.
  const siteKeys: string[] = [];
  const themeIds: (number | null)[] = [];
  for (const [i, p] of STORED_PAYLOADS.entries()) {
    const board = (await ok(
      await admin.post('/admin/api/boards', { slug: `xss-board-${i}`, name: p.text }),
      `board ${p.id}`,
    )) as { id: number };
    await ok(
      await admin.post('/admin/api/partners', { name: p.text, kind: 'council' }),
      `partner ${p.id}`,
    );
    const key = `xss-site-${i}`;
    const site = await admin.post('/admin/api/sites', {
      key,
      name: p.text,
      partnerName: `${p.text} ${i}`,
      partnerKind: 'voluntary',
      boardSlug: DEMO_BOARD_SLUG,
      boardName: null,
      allowedOrigins: ['https://partner.example'],
      contactName: p.text,
      contactPhone: null,
      contactUrl: null,
      emergencyText: p.text,
      quickExitUrl: 'https://www.bbc.co.uk/weather',
      languages: ['en'],
      active: true,
    });
    await ok(site, `site ${p.id}`);
    siteKeys.push(key);
    await ok(
      await admin.post('/admin/api/users', {
        email: `xss-${i}@staff.example`,
        name: p.text.slice(0, 120),
        role: 'coordinator',
        boardIds: [boardId, board.id],
      }),
      `user ${p.id}`,
    );
    const label = fits(p, 80);
    if (label) {
      const theme = (await ok(
        await coordinator.post(`/admin/api/boards/${boardId}/themes`, { label }),
        `theme ${p.id}`,
      )) as { id: number };
      themeIds.push(theme.id);
    } else {
      skip('theme', p.id);
      themeIds.push(null);
    }
  }

  // Stories: the storyteller's words, then the coordinator's curated version of them.
  const storyIds: number[] = [];
  for (const [i, p] of STORED_PAYLOADS.entries()) {
    const { id } = await submitStory(
      send,
      deps,
      adultStory({
        siteKey: siteKeys[i] as string,
        story: `Story ${i}: ${p.text}`,
        wantedOutcome: p.text,
        helpedMost: p.text,
        shouldChange: p.text,
      }) as unknown as Record<string, unknown>,
    );
    storyIds.push(id);
    await ok(await coordinator.post(`/admin/api/stories/${id}/assign`), `assign ${p.id}`);
    await ok(
      await coordinator.post(`/admin/api/stories/${id}/check`, {
        outcome: 'no_current_risk',
        note: p.text,
      }),
      `check ${p.id}`,
    );
    const title = fits(p, 120) ?? `Story ${i}`;
    if (title !== p.text) skip('title', p.id);
    const theme = themeIds[i];
    await ok(
      await coordinator.put(`/admin/api/stories/${id}/curated`, {
        title,
        summary: p.text,
        text: `Anonymised story ${i}. ${p.text}`,
        redactions: [],
        quotes: [p.text],
        tags: {
          principles: ['empowerment'],
          wellbeingAreas: [],
          harmKinds: ['financial'],
          mspSteps: [],
          themeIds: theme ? [theme] : [],
        },
      }),
      `curate ${p.id}`,
    );
    await ok(await coordinator.post(`/admin/api/stories/${id}/approve`), `approve ${p.id}`);
  }
  // And one more per payload left in the queue (new, or in review with the coordinator), whose
  // original words a coordinator opens on the story page.
  const queueStoryIds: number[] = [];
  for (const [i, p] of STORED_PAYLOADS.entries()) {
    const { id } = await submitStory(
      send,
      deps,
      adultStory({
        siteKey: siteKeys[i] as string,
        story: `Story ${i}: ${p.text}`,
        wantedOutcome: p.text,
        helpedMost: p.text,
        shouldChange: p.text,
      }) as unknown as Record<string, unknown>,
    );
    if (i % 2) await ok(await coordinator.post(`/admin/api/stories/${id}/assign`), 'assign');
    queueStoryIds.push(id);
  }

  // "You said, we did" and packs, as the Board secretary.
  const packBase = `/admin/api/boards/${boardId}/packs`;
  const packIds: number[] = [];
  for (const [i, p] of STORED_PAYLOADS.entries()) {
    await ok(
      await secretary.post(`/admin/api/boards/${boardId}/actions`, {
        theme: fits(p, 120) ?? `Theme ${i}`,
        peopleSaid: p.text,
        boardWillDo: p.text,
        owner: p.text,
        status: 'agreed',
        storyIds: [storyIds[i]],
        published: true,
      }),
      `action ${p.id}`,
    );
    const pack = (await ok(
      await secretary.post(packBase, {
        title: p.text,
        meetingDate: '2027-01-20',
        periodFrom: '2020-01-01',
        periodTo: '2030-12-31',
        priorities: p.text,
        principles: ['empowerment'],
        caveats: p.text,
      }),
      `pack ${p.id}`,
    )) as { packId: number };
    await ok(
      await secretary.put(`${packBase}/${pack.packId}/stories`, {
        stories: [{ storyId: storyIds[i], tellsUs: p.text, questions: p.text }],
      }),
      `pack stories ${p.id}`,
    );
    packIds.push(pack.packId);
  }
  const all = STORED_PAYLOADS.map((p) => p.text).join('\n');
  const combined = (await ok(
    await secretary.post(packBase, {
      title: 'Every payload together',
      meetingDate: '2027-01-20',
      periodFrom: '2020-01-01',
      periodTo: '2030-12-31',
      priorities: all,
      principles: ['empowerment'],
      caveats: all,
    }),
    'combined pack',
  )) as { packId: number };
  await ok(
    await secretary.put(`${packBase}/${combined.packId}/stories`, {
      stories: storyIds.slice(0, 20).map((storyId, i) => ({
        storyId,
        tellsUs: STORED_PAYLOADS[i]?.text,
        questions: STORED_PAYLOADS[i]?.text,
      })),
    }),
    'combined pack stories',
  );
  packIds.push(combined.packId);
  return {
    boardId,
    storyIds,
    queueStoryIds,
    packIds,
    combinedPackId: combined.packId,
    siteKeys,
    skipped,
    coordinator,
    secretary,
    admin,
  };
}
