import type { Hono } from 'hono';
import { type StoryInputDraft, StoryInputSchema } from '../../domain/story-schema.ts';
import type { AppEnv } from '../../server/app-env.ts';
import { createSession } from '../../server/auth/session-store.ts';
import { createUser } from '../../server/auth/users.ts';
import { createStory } from '../../server/stories/create-story.ts';
import { storyIdOfReference } from '../support/references.ts';
import type { TestDeps } from '../support/test-deps.ts';

export type StaffClient = {
  userId: number;
  get: (path: string) => Promise<Response>;
  send: (method: string, path: string, body?: unknown) => Promise<Response>;
};

let serial = 0;

/**
 * A signed-in staff member (real user and session rows, as sign-in creates them) whose requests
 * carry the session cookie and CSRF token. `authenticatedMinutesAgo` ages the last sign-in, to
 * test re-authentication.
 */
export async function staffClient(
  deps: TestDeps,
  app: Hono<AppEnv>,
  options: {
    role: 'admin' | 'coordinator' | 'board_secretary';
    boardIds: number[];
    authenticatedMinutesAgo?: number;
  },
): Promise<StaffClient> {
  const now = deps.now();
  serial++;
  const user = await createUser(deps.db, {
    email: `${options.role}-${serial}@example.org`,
    role: options.role,
    boardIds: options.boardIds,
    passwordHash: null,
    now,
  });
  const session = await createSession(deps.db, {
    userId: user.id,
    state: 'signed_in',
    now,
    authenticatedAt: new Date(now.getTime() - (options.authenticatedMinutesAgo ?? 0) * 60_000),
  });
  const cookie = `heard_admin_session=${session.id}`;
  return {
    userId: user.id,
    get: async (path) => app.request(path, { headers: { Cookie: cookie } }),
    send: async (method, path, body = {}) =>
      app.request(path, {
        method,
        headers: {
          Cookie: cookie,
          'X-CSRF-Token': session.csrfToken,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      }),
  };
}

/** Stores a story through the same code as the public API; returns its id. */
export async function addStory(deps: TestDeps, draft: StoryInputDraft, at?: Date): Promise<number> {
  const input = StoryInputSchema.parse(draft);
  const site = await deps.db
    .selectFrom('site')
    .select(['id', 'board_id'])
    .where('key', '=', draft.siteKey)
    .executeTakeFirstOrThrow();
  const { reference } = await createStory(deps, {
    siteId: site.id,
    boardId: site.board_id,
    input,
    now: at ?? deps.now(),
  });
  const storyId = storyIdOfReference(deps, reference);
  if (storyId === undefined) throw new Error(`No story has the reference ${reference}`);
  return storyId;
}

export async function demoBoardId(deps: TestDeps): Promise<number> {
  return (await deps.db.selectFrom('board').select('id').orderBy('id').executeTakeFirstOrThrow())
    .id;
}

/** Every number under a count-like key anywhere in a JSON value (percentages left out). */
export function shownCounts(value: unknown, key = ''): number[] {
  if (/percent/i.test(key)) return [];
  if (Array.isArray(value)) return value.flatMap((v) => shownCounts(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => shownCounts(v, k));
  }
  return typeof value === 'number' && /^(count|total|responses|adult|representative)$/.test(key)
    ? [value]
    : [];
}

export type Curation = {
  title: string;
  summary?: string;
  text: string;
  quotes?: string[];
  principles?: string[];
  wellbeingAreas?: string[];
  harmKinds?: string[];
  mspSteps?: number[];
  themeIds?: number[];
};

/** A record that the story was checked with the person who asked to check it first. */
export const STORYTELLER_CHECKED = {
  kind: 'checked',
  happenedOn: '2026-12-01',
  method: 'phone',
  note: 'Happy for it to be used.',
};

/** Curates and approves a story through the coordinators' own API, as the moderation flow does. */
export async function curateAndApprove(
  coordinator: StaffClient,
  storyId: number,
  c: Curation,
): Promise<void> {
  const steps: [string, string, unknown][] = [
    ['POST', `/admin/api/stories/${storyId}/check`, { outcome: 'no_current_risk' }],
    ['POST', `/admin/api/stories/${storyId}/storyteller-check`, STORYTELLER_CHECKED],
    [
      'PUT',
      `/admin/api/stories/${storyId}/curated`,
      {
        title: c.title,
        summary: c.summary ?? c.title,
        text: c.text,
        redactions: [],
        quotes: c.quotes ?? [],
        tags: {
          principles: c.principles ?? [],
          wellbeingAreas: c.wellbeingAreas ?? [],
          harmKinds: c.harmKinds ?? [],
          mspSteps: c.mspSteps ?? [],
          themeIds: c.themeIds ?? [],
        },
      },
    ],
    ['POST', `/admin/api/stories/${storyId}/approve`, {}],
  ];
  for (const [method, path, body] of steps) {
    const res = await coordinator.send(method, path, body);
    if (res.status >= 300)
      throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  }
}
