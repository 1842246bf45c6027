import type { Db } from '../../db/client.ts';
import { DEMO_SITE_KEY } from '../seed/demo.ts';
import { updateSite } from '../sites/site-admin.ts';
import { findSiteByKey } from '../sites/site-queries.ts';

/**
 * Makes sure the demo site lets the demo council page frame the journey, also on a database
 * seeded before (or with another DEMO_HOST_PORT). Returns true when it had to add the origin.
 * Does nothing if the operator has removed the demo site.
 */
export async function allowDemoOrigin(db: Db, origin: string, now: Date): Promise<boolean> {
  const site = await findSiteByKey(db, DEMO_SITE_KEY);
  if (!site || (JSON.parse(site.allowed_origins) as string[]).includes(origin)) return false;
  await updateSite(db, DEMO_SITE_KEY, { addOrigins: [origin] }, now);
  return true;
}
