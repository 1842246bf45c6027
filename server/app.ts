import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { isDiskFull } from '../db/sqlite-errors.ts';
import type { AppEnv, Deps } from './app-env.ts';
// Registers the erasure-ledger hook on every withdrawal (issue 6, decision 0061).
import './backup/ledger-hook.ts';
import { limitBodies } from './http/body-limit.ts';
import { ProblemError } from './http/errors.ts';
import { problem } from './http/problem.ts';
import { messagePage } from './journey/html-page.ts';
import { journeyCsp } from './journey/journey-headers.ts';
import { anyTranslator } from './journey/page-language.ts';
import { publicRateLimit } from './middleware/rate-limit.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { adminApiRoutes } from './routes/admin-api.ts';
import { adminAppRoutes } from './routes/admin-app.ts';
import { assetRoutes } from './routes/assets.ts';
import { bodyRuleFor } from './routes/body-rules.ts';
import { embedRoutes } from './routes/embed.ts';
import { healthRoutes } from './routes/health.ts';
import { journeyRoutes } from './routes/journey.ts';
import { publicBoardRoutes } from './routes/public-board-pages.ts';
import { storyRoutes } from './routes/stories.ts';
import { storyCopyRoutes } from './routes/story-copy.ts';
import { withdrawRoutes } from './routes/withdraw.ts';

/**
 * Builds the whole HTTP application from its dependencies. index.ts is the only caller that
 * listens; tests call `createApp(deps).request(...)` or serve it on port 0.
 */
export function createApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(securityHeaders({ https: Boolean(deps.config.publicUrl?.startsWith('https:')) }));
  // What a storyteller's phone downloads is gzipped: on a slow connection the journey's script,
  // styles and first page arrive about three times sooner (issue 7, decision 0024).
  for (const path of ['/tell/*', '/assets/*', '/embed.js', '/boards/*']) app.use(path, compress());

  // Public writes are rate limited per client address before any route reads them (issue 6).
  // (/withdraw limits its own reference look-ups and answers in HTML: server/withdrawal/.)
  app.on('POST', '/api/v1/stories', publicRateLimit());
  app.on('POST', '/api/v1/stories/copy', publicRateLimit());
  // The no-JavaScript form gets a calm HTML page; Back returns to the answers (issue 6).
  app.on(
    'POST',
    '/tell/:siteKey',
    publicRateLimit({
      onLimited: (c) => {
        c.header('Content-Security-Policy', journeyCsp(undefined));
        // In the language of the form's `?lang=` (decision 0081).
        const tr = anyTranslator(c.req.query('lang'));
        return c.html(messagePage('errors.otherSiteHeading', 'check.rateLimited', tr), 429);
      },
    }),
  );
  // Every body is limited in size before any route reads it, and a too-large one is read to its
  // end (up to a bound) before the 413, so the sender receives it (issue 12, decision 0068).
  app.use(limitBodies(bodyRuleFor));
  app.route('/', adminApiRoutes);
  app.route('/', withdrawRoutes);
  app.route('/', healthRoutes);
  app.route('/', storyRoutes);
  app.route('/', storyCopyRoutes);
  app.route('/', journeyRoutes);
  app.route('/', assetRoutes);
  app.route('/', publicBoardRoutes);
  app.route('/', embedRoutes);
  app.route('/', adminAppRoutes);

  app.notFound((c) => problem(c, { status: 404, title: 'Not found' }));
  app.onError((error, c) => {
    // Routes and capabilities throw ProblemError (NotFound, Conflict, Unprocessable…) for an
    // answer that is not a success: this is the one place such errors become problem+json.
    if (error instanceof ProblemError) return problem(c, error.problem, error.headers);
    if (error instanceof HTTPException && error.status < 500) {
      return problem(c, { status: error.status, title: error.message || 'Bad request' });
    }
    // Log the error's name and stack only: a message could echo part of a request.
    deps.log.error('request.failed', { path: c.req.path, name: error.name, stack: error.stack });
    if (isDiskFull(error)) {
      return problem(
        c,
        {
          status: 503,
          title: 'Storage full',
          detail: 'We could not save this right now. Nothing was saved. Please try again later.',
        },
        { 'Retry-After': '60' },
      );
    }
    return problem(c, { status: 500, title: 'Something went wrong on our side' });
  });
  return app;
}
