import type { Db } from '../../db/client.ts';
import { LANGUAGE_CODES, normaliseLanguageCode } from '../../domain/languages.ts';
import { findSiteByKey, type SiteWithNames } from './site-queries.ts';

/**
 * Creating, changing and listing sites (where a partner embeds the journey). The CLI
 * (`npm run heard -- site ...`) calls this today and the admin UI will call the same code:
 * every rule about what a valid site is lives here, with plain-English messages.
 */

export const PARTNER_KINDS = [
  'council',
  'healthwatch',
  'nhs',
  'police',
  'advocacy',
  'voluntary',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Everything about a site an operator sets. Optional texts are null when not given. */
export type SiteFields = {
  /** Public contract once shared: it appears in partners' snippets and URLs. */
  key: string;
  name: string;
  partnerName: string;
  /** Used only when the partner is new. */
  partnerKind: PartnerKind;
  boardSlug: string;
  /** Needed only when the Board is new. */
  boardName: string | null;
  allowedOrigins: string[];
  contactName: string;
  contactPhone: string | null;
  contactUrl: string | null;
  emergencyText: string | null;
  quickExitUrl: string;
  languages: string[];
  active: boolean;
};

/** A change to a site: only the fields given change; origins may be added or removed one by one. */
export type SitePatch = Partial<Omit<SiteFields, 'key'>> & {
  addOrigins?: string[];
  removeOrigins?: string[];
};

/** One problem with the input, named by the field it belongs to. */
/** `conflict`: the entry clashes with one that exists (HTTP 409), rather than being invalid. */
export type SiteIssue = { field: string; message: string; conflict?: true };

/** Thrown with every problem at once, so a form or a command can show them all together. */
export class SiteAdminError extends Error {
  override name = 'SiteAdminError';
  constructor(readonly issues: SiteIssue[]) {
    super(issues.map((i) => i.message).join('\n'));
  }
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])$/;
// Control characters in a name would garble the CLI and the admin UI.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_ORIGINS = 20;

type Check<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The origin (scheme, host and port only) a partner page is served from, as browsers compare
 * them. https only, except on this machine (localhost, 127.0.0.1, [::1]) for testing. A path,
 * query, wildcard or user name is refused rather than silently dropped: the operator may have
 * pasted the wrong thing.
 */
export function normaliseOrigin(input: string): Check<string> {
  const text = input.trim();
  const tricked = rewrittenByParser(text);
  if (tricked) return { ok: false, message: tricked };
  if (text === '*' || text.includes('*'))
    return { ok: false, message: `"${text}": wildcards are not allowed; list each website.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      message: `"${text}" is not a website address like https://www.council.gov.uk.`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: `"${text}" must start with https://.` };
  if (url.username || url.password)
    return { ok: false, message: `"${text}" must not contain a user name or password.` };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || /[?#]/.test(text))
    return {
      ok: false,
      message: `"${text}" must be just the scheme and host (like ${url.origin}), with no path.`,
    };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))
    return {
      ok: false,
      message: `"${text}" must use https:// (http is allowed only on localhost).`,
    };
  // What was typed must be what the browser will compare: "https:evil.example",
  // "https://evil%2Eexample" or a full-width dot all parse to an origin nobody wrote.
  const written = text.replace(/\/$/, '').toLowerCase();
  const defaultPort = url.protocol === 'https:' ? ':443' : ':80';
  if (written !== url.origin && written !== `${url.origin}${defaultPort}`)
    return {
      ok: false,
      message: `"${text}" is not written the way browsers read it (${url.origin}); write it exactly like that.`,
    };
  return { ok: true, value: url.origin };
}

// The WHATWG URL parser silently reads "\\" as "/" and drops tabs and newlines anywhere, so
// "https:\\evil.example" would be saved as "https://evil.example" (issue 12, finding 10).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const PARSER_REWRITES = /[\u0000-\u0020\u007f]/;

/** Why a web address would be silently rewritten by the URL parser, or undefined if not. */
function rewrittenByParser(text: string, what = `"${text}"`): string | undefined {
  if (text.includes('\\'))
    return `${what} contains a backslash (\\), which browsers read as "/"; use forward slashes, like https://www.council.gov.uk.`;
  if (PARSER_REWRITES.test(text))
    return `${what} contains a space, tab, line break or control character; give the address alone.`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z][a-z0-9+.-]*:\/\/[^/]/i.test(text))
    return `${what} must start with the scheme and two slashes, like https://www.council.gov.uk.`;
  return undefined;
}

/** An https URL (or http on this machine) a person may be sent to; no user names. */
export function checkWebUrl(input: string, what: string): Check<string> {
  const text = input.trim();
  const tricked = rewrittenByParser(text, what);
  if (tricked) return { ok: false, message: tricked };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `${what} "${text}" is not a full web address (https://…).` };
  }
  if (url.username || url.password)
    return { ok: false, message: `${what} must not contain a user name or password.` };
  // The host as written must be the host the browser will visit (no "%2E", full-width dots or
  // other characters the parser maps to different ones).
  const host = /^[a-z]+:\/\/(?:[^@/?#]*@)?([^/?#]*)/i.exec(text)?.[1]?.toLowerCase();
  if (host !== undefined && host !== url.host && `${host}` !== `${url.host}:443`)
    return {
      ok: false,
      message: `${what} is not written the way browsers read it (${url.origin}); write the address exactly.`,
    };
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    return text.length <= 2048
      ? { ok: true, value: url.href }
      : { ok: false, message: `${what} is too long (at most 2,048 characters).` };
  return { ok: false, message: `${what} must start with https:// (http only on localhost).` };
}

const text = (
  issues: SiteIssue[],
  field: string,
  label: string,
  value: string,
  max: number,
): string => {
  const t = value.trim();
  if (!t) issues.push({ field, message: `Give the ${label}.` });
  else if (t.length > max)
    issues.push({ field, message: `The ${label} must be ${max} characters or fewer.` });
  else if (CONTROL.test(t))
    issues.push({ field, message: `The ${label} must not contain control characters.` });
  return t;
};

const optionalText = (
  issues: SiteIssue[],
  field: string,
  label: string,
  value: string | null,
  max: number,
): string | null =>
  value === null || value.trim() === '' ? null : text(issues, field, label, value, max);

function checkSlug(issues: SiteIssue[], field: string, label: string, value: string): string {
  const v = value.trim();
  if (!SLUG.test(v))
    issues.push({
      field,
      message: `The ${label} "${v}" must be 2 to 64 lowercase letters, digits or hyphens, not starting or ending with a hyphen.`,
    });
  return v;
}

function checkOrigins(issues: SiteIssue[], field: string, values: string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const checked = normaliseOrigin(raw);
    if (!checked.ok) issues.push({ field, message: checked.message });
    else if (!out.includes(checked.value)) out.push(checked.value);
  }
  if (out.length > MAX_ORIGINS)
    issues.push({ field, message: `A site may list at most ${MAX_ORIGINS} websites.` });
  return out;
}

function checkPhone(issues: SiteIssue[], value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const v = value.trim().replace(/\s+/g, ' ');
  const digits = v.replace(/\D/g, '').length;
  if (!/^\+?[\d ()-]+$/.test(v) || digits < 3 || digits > 15)
    issues.push({
      field: 'contactPhone',
      message: `The contact phone "${v}" must be a phone number (digits, spaces, +, brackets).`,
    });
  return v;
}

/** Catalogue codes Heard has (domain/languages.ts); `PL`, `pl-PL` and `easy` are read generously. */
function checkLanguages(issues: SiteIssue[], values: string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const code = normaliseLanguageCode(raw);
    if (!code)
      issues.push({
        field: 'languages',
        message: `Heard has no language "${raw.trim()}". Choose from: ${LANGUAGE_CODES.join(', ')}.`,
      });
    else if (!out.includes(code)) out.push(code);
  }
  if (values.length === 0)
    issues.push({ field: 'languages', message: 'Give at least one language.' });
  return out;
}

/** Checks a whole site and returns it tidied (trimmed, origins normalised); throws every issue. */
export function validateSite(input: SiteFields): SiteFields {
  const issues: SiteIssue[] = [];
  const url = (field: string, label: string, value: string | null) => {
    if (value === null || value.trim() === '') return null;
    const checked = checkWebUrl(value, label);
    if (!checked.ok) issues.push({ field, message: checked.message });
    return checked.ok ? checked.value : value;
  };
  const site: SiteFields = {
    key: checkSlug(issues, 'key', 'site key', input.key),
    name: text(issues, 'name', 'site name', input.name, 200),
    partnerName: text(issues, 'partnerName', 'partner name', input.partnerName, 200),
    partnerKind: input.partnerKind,
    boardSlug: checkSlug(issues, 'boardSlug', 'Board slug', input.boardSlug),
    boardName: optionalText(issues, 'boardName', 'Board name', input.boardName, 200),
    allowedOrigins: checkOrigins(issues, 'allowedOrigins', input.allowedOrigins),
    contactName: text(issues, 'contactName', 'safeguarding contact name', input.contactName, 200),
    contactPhone: checkPhone(issues, input.contactPhone),
    contactUrl: url('contactUrl', 'The safeguarding contact web address', input.contactUrl),
    emergencyText: optionalText(
      issues,
      'emergencyText',
      'emergency text',
      input.emergencyText,
      500,
    ),
    quickExitUrl: '',
    languages: checkLanguages(issues, input.languages),
    active: input.active,
  };
  if (!PARTNER_KINDS.includes(input.partnerKind))
    issues.push({
      field: 'partnerKind',
      message: `The partner kind must be one of: ${PARTNER_KINDS.join(', ')}.`,
    });
  if (input.quickExitUrl.trim() === '')
    issues.push({ field: 'quickExitUrl', message: 'Give the quick-exit web address.' });
  else site.quickExitUrl = url('quickExitUrl', 'The quick-exit address', input.quickExitUrl) ?? '';
  if (issues.length > 0) throw new SiteAdminError(issues);
  return site;
}

/** A stored site in the shape operators edit. */
export function siteFieldsOf(row: SiteWithNames, partnerKind: PartnerKind): SiteFields {
  return {
    key: row.key,
    name: row.name,
    partnerName: row.partner_name,
    partnerKind,
    boardSlug: row.board_slug,
    boardName: row.board_name,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    contactName: row.safeguarding_contact_name,
    contactPhone: row.safeguarding_phone,
    contactUrl: row.safeguarding_url,
    emergencyText: row.emergency_text,
    quickExitUrl: row.quick_exit_url,
    languages: JSON.parse(row.languages) as string[],
    active: row.active === 1,
  };
}

/** Finds the partner by name (ignoring case and surrounding spaces) or creates it. */
async function partnerId(db: Db, name: string, kind: PartnerKind, now: string): Promise<number> {
  const found = await db
    .selectFrom('partner')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .orderBy('id')
    .executeTakeFirst();
  if (found) return found.id;
  const made = await db
    .insertInto('partner')
    .values({ name, kind, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return made.id;
}

/** Finds the Board by slug, or creates it when a name is given. */
async function boardId(db: Db, slug: string, name: string | null, now: string): Promise<number> {
  const found = await db
    .selectFrom('board')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (found) return found.id;
  if (!name)
    throw new SiteAdminError([
      {
        field: 'boardName',
        message: `There is no Board "${slug}" yet. Give its name to create it (--board-name).`,
      },
    ]);
  const made = await db
    .insertInto('board')
    .values({ slug, name, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return made.id;
}

async function store(db: Db, site: SiteFields, now: Date, existingId?: number): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const values = {
      name: site.name,
      partner_id: await partnerId(trx, site.partnerName, site.partnerKind, at),
      board_id: await boardId(trx, site.boardSlug, site.boardName, at),
      allowed_origins: JSON.stringify(site.allowedOrigins),
      safeguarding_contact_name: site.contactName,
      safeguarding_phone: site.contactPhone,
      safeguarding_url: site.contactUrl,
      emergency_text: site.emergencyText,
      quick_exit_url: site.quickExitUrl,
      languages: JSON.stringify(site.languages),
      active: site.active ? 1 : 0,
      updated_at: at,
    };
    if (existingId === undefined) {
      await trx
        .insertInto('site')
        .values({ ...values, key: site.key, created_at: at })
        .execute();
    } else {
      await trx.updateTable('site').set(values).where('id', '=', existingId).execute();
    }
  });
}

/** Adds a site, creating its partner and Board if new. Throws SiteAdminError on any issue. */
export async function addSite(db: Db, input: SiteFields, now: Date): Promise<SiteWithNames> {
  const site = validateSite(input);
  if (await findSiteByKey(db, site.key))
    throw new SiteAdminError([
      {
        field: 'key',
        message: `A site with the key "${site.key}" already exists.`,
        conflict: true,
      },
    ]);
  await store(db, site, now);
  return (await findSiteByKey(db, site.key)) as SiteWithNames;
}

/**
 * Changes a site. The key never changes (partners' snippets carry it). Moving a site to
 * another partner or Board affects only stories received from then on.
 */
export async function updateSite(
  db: Db,
  key: string,
  patch: SitePatch,
  now: Date,
): Promise<SiteWithNames> {
  const row = await findSiteByKey(db, key);
  if (!row) throw new SiteAdminError([{ field: 'key', message: `There is no site "${key}".` }]);
  const current = siteFieldsOf(row, patch.partnerKind ?? 'other');
  const { addOrigins = [], removeOrigins = [], ...fields } = patch;
  const merged: SiteFields = { ...current, ...stripUndefined(fields), key: row.key };
  if (patch.boardSlug !== undefined && patch.boardSlug !== row.board_slug)
    merged.boardName = patch.boardName ?? null;
  const issues: SiteIssue[] = [];
  if (fields.allowedOrigins)
    merged.allowedOrigins = checkOrigins(issues, 'allowedOrigins', fields.allowedOrigins);
  const adding = checkOrigins(issues, 'addOrigins', addOrigins);
  const removing = checkOrigins(issues, 'removeOrigins', removeOrigins);
  for (const origin of removing) {
    if (!merged.allowedOrigins.includes(origin))
      issues.push({
        field: 'removeOrigins',
        message: `"${origin}" is not one of this site's websites.`,
      });
  }
  if (issues.length > 0) throw new SiteAdminError(issues);
  merged.allowedOrigins = [...merged.allowedOrigins, ...adding].filter(
    (o) => !removing.includes(o),
  );
  const site = validateSite(merged);
  await store(db, site, now, row.id);
  return (await findSiteByKey(db, key)) as SiteWithNames;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Every site with its partner and Board names, by key. */
export async function listSites(db: Db): Promise<SiteWithNames[]> {
  return db
    .selectFrom('site')
    .innerJoin('partner', 'partner.id', 'site.partner_id')
    .innerJoin('board', 'board.id', 'site.board_id')
    .selectAll('site')
    .select([
      'partner.name as partner_name',
      'board.name as board_name',
      'board.slug as board_slug',
    ])
    .orderBy('site.key')
    .execute();
}

/** Default link text of the snippet; partners may change the words, never the attributes. */
export const SNIPPET_LINK_TEXT = 'Tell us about your experience of safeguarding support';

/**
 * The snippet a partner pastes (issue 3; PUBLIC CONTRACT — never rename an attribute).
 * `publicBase` is Heard's public address, e.g. https://heard.example-sab.org.uk.
 */
export function siteSnippet(
  publicBase: string,
  key: string,
  mode: 'dialog' | 'inline' = 'dialog',
): string {
  const base = publicBase.replace(/\/+$/, '');
  const inline = mode === 'inline' ? ' data-heard-mode="inline"' : '';
  return [
    `<a href="${base}/tell/${key}" data-heard-site="${key}"${inline}>${SNIPPET_LINK_TEXT}</a>`,
    `<script src="${base}/embed.js" async></script>`,
  ].join('\n');
}

/** The public Board views partners may embed (issue 5), their pages and default link words. */
export const BOARD_VIEWS = {
  actions: { path: 'you-said-we-did', text: 'You said, we did' },
  stories: { path: 'stories', text: 'People’s stories' },
} as const;

/**
 * The snippet for a public Board view (PUBLIC CONTRACT, like the journey's): an element the
 * loader fills with the page in a frame, holding a plain link to the full page, which is what
 * people get when scripts are off or blocked. Partners may change the link's words (they also
 * name the frame for screen readers), never the attributes.
 */
export function boardViewSnippet(
  publicBase: string,
  slug: string,
  view: keyof typeof BOARD_VIEWS,
): string {
  const base = publicBase.replace(/\/+$/, '');
  const { path, text } = BOARD_VIEWS[view];
  return [
    `<div data-heard-board="${slug}" data-heard-view="${view}">`,
    `  <a href="${base}/boards/${slug}/${path}">${text}</a>`,
    '</div>',
    `<script src="${base}/embed.js" async></script>`,
  ].join('\n');
}
