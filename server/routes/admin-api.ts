import { Hono } from 'hono';
import type { AdminEnv } from '../admin/admin-env.ts';
import { adminGuard } from '../admin/guard.ts';
import { parseJsonBodies } from '../http/json-bodies.ts';
import { adminAccountAlertRoutes } from './admin-account-alerts.ts';
import { adminAuditRoutes } from './admin-audit.ts';
import { adminBoardAlertingRoutes } from './admin-board-alerting.ts';
import { adminCuratedRoutes } from './admin-curated.ts';
import { adminOrganisationRoutes } from './admin-organisation.ts';
import { adminSessionRoutes } from './admin-session.ts';
import { adminSetupRoutes } from './admin-setup.ts';
import { adminStoryRoutes } from './admin-stories.ts';
import { adminThemeRoutes } from './admin-themes.ts';
import { adminUserRoutes } from './admin-users.ts';
import { adminVocabularyRoutes } from './admin-vocabulary.ts';
import { boardActionRoutes } from './board-actions.ts';
import { boardLibraryRoutes } from './board-library.ts';
import { boardMeasuresRoutes } from './board-measures.ts';
import { boardPackRoutes } from './board-packs.ts';

/**
 * Every /admin/api route, the Board secretaries' too, in one sub-app behind one guard (JSON-only
 * writes, session, CSRF) and one JSON body parser. Each route then checks its role; objects of
 * other Boards are 404. The contract is docs/admin-api.md, tests/api/access-matrix.test.ts walks
 * every route registered here, and its type is what the admin app's client is typed from.
 */
export const adminApiRoutes = new Hono<AdminEnv>()
  .use('/admin/api/*', adminGuard(), parseJsonBodies({ emptyAs: {} }))
  .route('/', adminSessionRoutes)
  .route('/', adminSetupRoutes)
  .route('/', adminVocabularyRoutes)
  .route('/', adminStoryRoutes)
  .route('/', adminCuratedRoutes)
  .route('/', adminThemeRoutes)
  .route('/', adminUserRoutes)
  .route('/', adminOrganisationRoutes)
  .route('/', adminAuditRoutes)
  .route('/', boardMeasuresRoutes)
  .route('/', boardLibraryRoutes)
  .route('/', boardPackRoutes)
  .route('/', boardActionRoutes)
  .route('/', adminBoardAlertingRoutes)
  .route('/', adminAccountAlertRoutes);

export type AdminApi = typeof adminApiRoutes;
