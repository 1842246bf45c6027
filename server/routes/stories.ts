import { Hono } from 'hono';
import { StoryInputSchema } from '../../domain/story-schema.ts';
import type { AppEnv } from '../app-env.ts';
import { parseJsonBodies } from '../http/json-bodies.ts';
import { validate } from '../http/validate.ts';
import { receiveStory, STORY_NOT_SAVED, storyHeaders } from '../stories/receive-story.ts';

/**
 * The public story API (PUBLIC CONTRACT): the journey and partners' programs post a story here.
 * In order: 415 not JSON, 400 a bad Idempotency-Key, 400 malformed JSON (an empty body too),
 * 422 answers to check, then 404 unknown site, 429, 422 key reused, 503 storage unavailable.
 */
export const storyRoutes = new Hono<AppEnv>().post(
  '/api/v1/stories',
  storyHeaders(),
  parseJsonBodies(),
  validate('json', StoryInputSchema, STORY_NOT_SAVED),
  async (c) => {
    const created = await receiveStory(c.var.deps, {
      input: c.req.valid('json'),
      idempotencyKey: c.req.header('Idempotency-Key'),
    });
    // A replay gets the first response again, so a retrying client cannot tell the difference.
    return c.json({ reference: created.reference }, 201, {
      'Cache-Control': 'no-store',
      ...(created.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    });
  },
);
