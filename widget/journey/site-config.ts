import { DEFAULT_RESPONSE_HOURS } from '../../domain/limits.ts';

/** The site's public settings, as the server puts them in the page (`#heard-site` JSON). */
export type JourneySite = {
  key: string;
  name: string;
  partnerName: string;
  boardName: string;
  contactName: string;
  contactPhone: string | null;
  contactUrl: string | null;
  emergencyText: string | null;
  quickExitUrl: string;
  languages: string[];
  allowedOrigins: string[];
  /** The Board's response time for urgent stories, in working hours (issue 13). */
  responseHours: number;
};

/** Where quick exit goes when a site's URL is missing or not http(s): a neutral weather page. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

const httpUrl = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
};

/** Reads and sanity-checks the site JSON; null when the page carries none. */
export function readSite(doc: Document): JourneySite | null {
  const text = doc.getElementById('heard-site')?.textContent;
  if (!text) return null;
  const raw = JSON.parse(text) as Partial<JourneySite>;
  if (typeof raw.key !== 'string') return null;
  return {
    key: raw.key,
    name: String(raw.name ?? ''),
    partnerName: String(raw.partnerName ?? ''),
    boardName: String(raw.boardName ?? ''),
    contactName: String(raw.contactName ?? ''),
    contactPhone: typeof raw.contactPhone === 'string' ? raw.contactPhone : null,
    contactUrl: httpUrl(raw.contactUrl),
    emergencyText: typeof raw.emergencyText === 'string' ? raw.emergencyText : null,
    // Only http(s): a javascript: exit URL would run script on the way out.
    quickExitUrl: httpUrl(raw.quickExitUrl) ?? DEFAULT_EXIT_URL,
    languages: Array.isArray(raw.languages) ? raw.languages.map(String) : ['en'],
    allowedOrigins: Array.isArray(raw.allowedOrigins) ? raw.allowedOrigins.map(String) : [],
    responseHours:
      typeof raw.responseHours === 'number' && raw.responseHours >= 1 && raw.responseHours <= 72
        ? Math.round(raw.responseHours)
        : DEFAULT_RESPONSE_HOURS,
  };
}
