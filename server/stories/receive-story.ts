import type { Context, MiddlewareHandler } from 'hono';
import { isStorageUnavailable, sqliteCode } from '../../db/sqlite-errors.ts';
import type { StoryInput } from '../../domain/story-schema.ts';
import type { Deps } from '../app-env.ts';
import { ProblemError } from '../http/errors.ts';
import { problem } from '../http/problem.ts';
import { publicLimiters, tooManyStories } from '../middleware/rate-limit.ts';
import { findStorySite } from '../sites/story-site.ts';
import { assessSpam } from '../spam/assess-spam.ts';
import { type CreatedStory, createStory, IdempotencyConflictError } from './create-story.ts';

/**
 * Largest story body accepted: 10,000 characters of story at up to 4 bytes each, and the rest.
 * Applied before the route runs, by limitBodies() in app.ts (server/routes/body-rules.ts).
 */
export const STORY_BODY_LIMIT = 128 * 1024;

/** The story API's 413, sent by limitBodies() before any route runs. */
export const storyTooLarge = (c: Context) =>
  problem(c, {
    status: 413,
    title: 'Story too large',
    detail: `A story can be at most ${STORY_BODY_LIMIT / 1024} KB.`,
  });

/** A client's retry key: the journey and the no-JavaScript form send one with every story. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * The story API's headers, checked before its body is read: 415 unless the body is
 * application/json, 400 for an Idempotency-Key that is not 8 to 128 letters, digits, "-" or "_".
 */
export function storyHeaders(): MiddlewareHandler {
  return async function storyHeadersMiddleware(c, next) {
    if (!JSON_TYPE.test(c.req.header('Content-Type') ?? '')) {
      throw new ProblemError({
        status: 415,
        title: 'Unsupported content type',
        detail: 'Send the story as application/json.',
      });
    }
    const key = c.req.header('Idempotency-Key');
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new ProblemError({
        status: 400,
        title: 'Invalid Idempotency-Key',
        detail: 'Idempotency-Key must be 8 to 128 letters, digits, "-" or "_".',
      });
    }
    await next();
  };
}

/** The story API's 422: the story's own wording, for the journey and partners' programs. */
export const STORY_NOT_SAVED = {
  title: 'Some answers need checking',
  detail: 'The story was not saved. Each entry in "errors" names a field and what is wrong.',
};

/**
 * Receives a validated story sent to the story API: to an active site (404 otherwise), within
 * the site's allowance (429), stored once per Idempotency-Key (422 when the key was used for a
 * different story), or 503 with Retry-After when storage is unavailable (nothing was committed:
 * the transaction rolled back, tests/durability/disk-full.test.ts).
 */
export async function receiveStory(
  deps: Deps,
  args: { input: StoryInput; idempotencyKey: string | undefined },
): Promise<CreatedStory> {
  const site = findStorySite(deps.sqlite, args.input.siteKey);
  if (site?.active !== 1) {
    throw new ProblemError({
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
    throw tooManyStories(siteWait);
  }
  // Suspected spam is stored for a coordinator to glance at and answered like any story.
  const spamReasons = assessSpam(args.input, { requireTiming: true });
  try {
    const created = await createStory(deps, {
      siteId: site.id,
      boardId: site.board_id,
      input: args.input,
      ...(args.idempotencyKey ? { idempotencyKey: args.idempotencyKey } : {}),
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
    return created;
  } catch (error) {
    if (error instanceof IdempotencyConflictError) {
      throw new ProblemError({
        status: 422,
        title: 'Idempotency-Key reused',
        detail: 'This Idempotency-Key was already used for a different story. Use a new key.',
      });
    }
    if (isStorageUnavailable(error)) {
      deps.log.error('story.storage_unavailable', { code: sqliteCode(error) });
      throw new ProblemError(
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
}
