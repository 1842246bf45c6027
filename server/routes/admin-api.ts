import { Hono } from 'hono';
import type { AdminEnv } from '../admin/admin-env.ts';
import { adminGuard } from '../admin/guard.ts';
import { adminAuditRoutes } from './admin-audit.ts';
import { adminCuratedRoutes } from './admin-curated.ts';
import { adminOrganisationRoutes } from './admin-organisation.ts';
import { adminSessionRoutes } from './admin-session.ts';
import { adminSetupRoutes } from './admin-setup.ts';
import { adminStoryRoutes } from './admin-stories.ts';
import { adminThemeRoutes } from './admin-themes.ts';
import { adminUserRoutes } from './admin-users.ts';
import { adminVocabularyRoutes } from './admin-vocabulary.ts';

/**
 * Every /admin/api route behind one guard (JSON-only writes, session, CSRF). Each route then
 * checks its role; objects of other Boards are 404. The contract is docs/admin-api.md, and
 * tests/api/access-matrix.test.ts walks every route registered here.
 */
export const adminApiRoutes = new Hono<AdminEnv>()
  .use('/admin/api/*', adminGuard())
  .route('/', adminSessionRoutes)
  .route('/', adminSetupRoutes)
  .route('/', adminVocabularyRoutes)
  .route('/', adminStoryRoutes)
  .route('/', adminCuratedRoutes)
  .route('/', adminThemeRoutes)
  .route('/', adminUserRoutes)
  .route('/', adminOrganisationRoutes)
  .route('/', adminAuditRoutes);
