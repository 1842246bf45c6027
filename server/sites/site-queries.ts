import type { Db } from '../../db/client.ts';
import type { SiteRow } from '../../db/schema.ts';
import { DEFAULT_RESPONSE_HOURS } from '../boards/alerting-settings.ts';

/** A site as the journey sees it: public settings only. */
export type PublicSite = {
  key: string;
  name: string;
  partnerName: string;
  boardName: string;
  boardSlug: string;
  contactName: string;
  contactPhone: string | null;
  contactUrl: string | null;
  emergencyText: string | null;
  quickExitUrl: string;
  languages: string[];
  allowedOrigins: string[];
  /**
   * The Board's response time in working hours (board_alerting, default 4): the journey says
   * when a story will be read from it (issue 13).
   */
  responseHours: number;
};

export type SiteWithNames = SiteRow & {
  partner_name: string;
  board_name: string;
  board_slug: string;
  /** Null when the Board has saved no alerting settings. */
  board_response_hours: number | null;
};

/** Sites with their partner's and Board's names: the query to filter and order. */
export function sitesWithNames(db: Db) {
  return db
    .selectFrom('site')
    .innerJoin('partner', 'partner.id', 'site.partner_id')
    .innerJoin('board', 'board.id', 'site.board_id')
    .leftJoin('board_alerting', 'board_alerting.board_id', 'site.board_id')
    .selectAll('site')
    .select([
      'partner.name as partner_name',
      'board.name as board_name',
      'board.slug as board_slug',
      'board_alerting.response_hours as board_response_hours',
    ]);
}

export async function findSiteByKey(db: Db, key: string): Promise<SiteWithNames | undefined> {
  return sitesWithNames(db).where('site.key', '=', key).executeTakeFirst();
}

/** The active site with this key, in its public form, or undefined (unknown or inactive). */
export async function findActiveSite(db: Db, key: string): Promise<PublicSite | undefined> {
  const row = await findSiteByKey(db, key);
  if (row?.active !== 1) return undefined;
  return toPublicSite(row);
}

/** Where quick exit goes if the stored address is not a plain http(s) one (GOV.UK's choice). */
const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * The stored quick-exit address, only if it is an absolute http(s) URL without credentials.
 * Saving already insists on that (site-admin.ts); this second check means a row changed by hand
 * can never put a javascript: or scheme-relative link on the no-JavaScript page (issue 6).
 */
function safeExitUrl(value: string): string {
  try {
    const url = new URL(value);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    if (web && !url.username && !url.password && /^https?:\/\//i.test(value)) return url.href;
  } catch {}
  return DEFAULT_EXIT_URL;
}

export function toPublicSite(row: SiteWithNames): PublicSite {
  return {
    key: row.key,
    name: row.name,
    partnerName: row.partner_name,
    boardName: row.board_name,
    boardSlug: row.board_slug,
    contactName: row.safeguarding_contact_name,
    contactPhone: row.safeguarding_phone,
    contactUrl: row.safeguarding_url,
    emergencyText: row.emergency_text,
    quickExitUrl: safeExitUrl(row.quick_exit_url),
    languages: JSON.parse(row.languages) as string[],
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    responseHours: row.board_response_hours ?? DEFAULT_RESPONSE_HOURS,
  };
}
