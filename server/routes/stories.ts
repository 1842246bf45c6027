import type SQLite from 'better-sqlite3';
import { type Context, Hono } from 'hono';
import { isStorageUnavailable, sqliteCode } from '../../db/sqlite-errors.ts';
import { StoryInputSchema } from '../../domain/story-schema.ts';
import type { AppEnv } from '../app-env.ts';
import { fieldErrors, problem } from '../http/problem.ts';
import { readJsonBody } from '../http/read-body.ts';
import { publicLimiters, tooManyRequests } from '../middleware/rate-limit.ts';
import { assessSpam } from '../spam/assess-spam.ts';
import { createStory, IdempotencyConflictError } from '../stories/create-story.ts';

/**
 * Largest story body accepted: 10,000 characters of story at up to 4 bytes each, and the rest.
 * Applied before this route runs, by limitBodies() in app.ts (server/routes/body-rules.ts).
 */
export const STORY_BODY_LIMIT = 128 * 1024;

export const storyTooLarge = (c: Context) =>
  problem(c, {
    status: 413,
    title: 'Story too large',
    detail: `A story can be at most ${STORY_BODY_LIMIT / 1024} KB.`,
  });

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

type StorySite = { id: number; key: string; board_id: number; active: number };

// The site lookup is on every story's path: one prepared statement per connection, reading only
// the columns this route needs, instead of building and compiling the Kysely query each time.
const siteStatements = new WeakMap<SQLite.Database, SQLite.Statement<[string], StorySite>>();
function findStorySite(sqlite: SQLite.Database, key: string): StorySite | undefined {
  let statement = siteStatements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare<[string], StorySite>(
      'select id, key, board_id, active from site where key = ?',
    );
    siteStatements.set(sqlite, statement);
  }
  return statement.get(key);
}

export const storyRoutes = new Hono<AppEnv>().post('/api/v1/stories', async (c) => {
  const { deps } = c.var;
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return problem(c, {
      status: 415,
      title: 'Unsupported content type',
      detail: 'Send the story as application/json.',
    });
  }
  const key = c.req.header('Idempotency-Key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    return problem(c, {
      status: 400,
      title: 'Invalid Idempotency-Key',
      detail: 'Idempotency-Key must be 8 to 128 letters, digits, "-" or "_".',
    });
  }
  const read = await readJsonBody(c);
  if (!read.ok) {
    return problem(c, {
      status: 400,
      title: 'Malformed JSON',
      detail: 'The body is not valid JSON.',
    });
  }
  const body = read.value;
  const siteKey =
    body && typeof body === 'object' && 'siteKey' in body && typeof body.siteKey === 'string'
      ? body.siteKey
      : undefined;
  const parsed = StoryInputSchema.safeParse(body);
  if (!parsed.success) {
    return problem(c, {
      status: 422,
      title: 'Some answers need checking',
      detail: 'The story was not saved. Each entry in "errors" names a field and what is wrong.',
      errors: fieldErrors(parsed.error),
    });
  }
  const site = siteKey ? findStorySite(deps.sqlite, siteKey) : undefined;
  if (site?.active !== 1) {
    return problem(c, {
      status: 404,
      title: 'Unknown site',
      detail: 'There is no active site with this key.',
    });
  }
  // Per-site allowance: the per-address limit (app.ts) stops one sender; this one caps a
  // flood spread over many addresses. Spent only for a valid story to a real site.
  const siteWait = publicLimiters(deps).site.take(site.key);
  if (siteWait > 0) {
    deps.log.warn('rate_limit.site', { site: site.key, retryAfter: siteWait });
    return tooManyRequests(c, siteWait);
  }
  // Suspected spam is stored for a coordinator to glance at and answered like any story.
  const spamReasons = assessSpam(parsed.data, { requireTiming: true });
  try {
    const created = await createStory(deps, {
      siteId: site.id,
      boardId: site.board_id,
      input: parsed.data,
      ...(key ? { idempotencyKey: key } : {}),
      now: deps.now(),
      spamReasons,
    });
    deps.log.info('story.received', {
      site: site.key,
      urgent: created.urgent,
      replayed: created.replayed,
      quarantined: created.quarantined,
      ...(created.quarantined ? { spamReasons } : {}),
    });
    // A replay gets the first response again, so a retrying client cannot tell the difference.
    return c.json({ reference: created.reference }, 201, {
      'Cache-Control': 'no-store',
      ...(created.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    });
  } catch (error) {
    if (error instanceof IdempotencyConflictError) {
      return problem(c, {
        status: 422,
        title: 'Idempotency-Key reused',
        detail: 'This Idempotency-Key was already used for a different story. Use a new key.',
      });
    }
    if (isStorageUnavailable(error)) {
      // Nothing was committed: the transaction rolled back (tests/durability/disk-full.test.ts).
      deps.log.error('story.storage_unavailable', { code: sqliteCode(error) });
      return problem(
        c,
        {
          status: 503,
          title: 'We cannot save stories right now',
          detail: 'Nothing was saved. Please try again in a few minutes.',
        },
        { 'Retry-After': '60' },
      );
    }
    throw error;
  }
});
