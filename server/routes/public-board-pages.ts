import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import {
  actionsPage,
  boardNotFoundPage,
  EmbedQuery,
  storiesPage,
} from '../boards/public-board-html.ts';
import {
  findPublicBoard,
  publishedActions,
  publishedStories,
} from '../boards/public-board-queries.ts';
import { validate } from '../http/validate.ts';

/** Any Board address: an unknown one is answered with a plain "page not found" page. */
const SlugParam = z.object({ slug: z.string() });

/**
 * The Board's public pages (issue 5), server-rendered and working without JavaScript:
 * published "You said, we did" actions, and stories whose tellers allowed publication, approved
 * and anonymised (the consent gate, server/moderation/consent-gate.ts). `?embed=1` is the form a
 * partner's page frames.
 */
export const publicBoardRoutes = new Hono<AppEnv>()
  .get(
    '/boards/:slug/you-said-we-did',
    validate('param', SlugParam),
    validate('query', EmbedQuery),
    async (c) => {
      const { db } = c.var.deps;
      const board = await findPublicBoard(db, c.req.valid('param').slug);
      if (!board) return boardNotFoundPage(c);
      const actions = await publishedActions(db, board.id);
      return actionsPage(c, board, c.req.valid('query'), actions);
    },
  )
  .get(
    '/boards/:slug/stories',
    validate('param', SlugParam),
    validate('query', EmbedQuery),
    async (c) => {
      const { db, now } = c.var.deps;
      const board = await findPublicBoard(db, c.req.valid('param').slug);
      if (!board) return boardNotFoundPage(c);
      const stories = await publishedStories(db, board.id, now());
      return storiesPage(c, board, c.req.valid('query'), stories);
    },
  );
