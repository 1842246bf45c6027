import { Hono } from 'hono';
import type { AdminEnv } from '../admin/admin-env.ts';
import { assignmentRoutes } from './admin-stories/assignment.ts';
import { curationRoutes } from './admin-stories/curation.ts';
import { decisionRoutes } from './admin-stories/decisions.ts';
import { queueRoutes } from './admin-stories/queue.ts';
import { safeguardingCheckRoutes } from './admin-stories/safeguarding-check.ts';
import { sealedReadingRoutes } from './admin-stories/sealed-reading.ts';
import { storytellerCheckRoutes } from './admin-stories/storyteller-check.ts';
import { withdrawalRoutes } from './admin-stories/withdrawal.ts';

/**
 * The moderation queue and everything a coordinator does to one story (docs/admin-api.md), one
 * file per kind of work under admin-stories/. Every route is for coordinators of the story's
 * Board; a story of another Board answers 404.
 */
export const adminStoryRoutes = new Hono<AdminEnv>()
  .route('/', queueRoutes)
  .route('/', assignmentRoutes)
  .route('/', sealedReadingRoutes)
  .route('/', safeguardingCheckRoutes)
  .route('/', storytellerCheckRoutes)
  .route('/', curationRoutes)
  .route('/', decisionRoutes)
  .route('/', withdrawalRoutes);
