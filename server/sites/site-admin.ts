import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { constraintViolated } from '../../db/sqlite-errors.ts';
import { LANGUAGE_CODES, normaliseLanguageCode } from '../../domain/languages.ts';
import { ProblemError } from '../http/errors.ts';
import { fieldErrors } from '../http/problem.ts';
import { findBoardBySlug, insertBoard } from './boards.ts';
import { findPartnerByName, insertPartner } from './partners.ts';
import { findSiteByKey, type SiteWithNames, sitesWithNames } from './site-queries.ts';

/**
 * Creating, changing and listing sites (where a partner embeds the journey). The CLI
 * (`npm run heard -- site ...`) and the admin API (server/routes/admin-organisation.ts) call the
 * same code: every rule about what a valid site is lives here, with plain-English messages.
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

/**
 * The site rules, in one zod schema: what a valid site is, with plain-English messages, each
 * named by its field. The admin API checks bodies with it (`validate('json', SiteInputSchema)`)
 * and addSite/updateSite check with it again, so the CLI and any other caller meet the same
 * rules. Values come out tidied: trimmed, origins as browsers compare them, language codes
 * normalised. Only what needs the database (a key in use, a Board to create) is checked after.
 */

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])$/;
// Control characters in a name would garble the CLI and the admin UI.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_ORIGINS = 20;

const blankAsNull = (value: string | null) =>
  value === null || value.trim() === '' ? null : value;

/** A short text an operator types: trimmed, required, at most `max` characters. */
const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `Give the ${label}.`, abort: true })
    .max(max, { message: `The ${label} must be ${max} characters or fewer.`, abort: true })
    .refine((t) => !CONTROL.test(t), `The ${label} must not contain control characters.`);

/** The same, or null when not given (an empty text clears it). */
const optionalText = (label: string, max: number) =>
  z.string().nullable().transform(blankAsNull).pipe(text(label, max).nullable());

/** A site key or Board slug: lowercase words joined by hyphens (URLs and snippets carry it). */
const slug = (label: string) =>
  z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      if (!SLUG.test(v))
        ctx.addIssue({
          code: 'custom',
          message: `The ${label} "${v}" must be 2 to 64 lowercase letters, digits or hyphens, not starting or ending with a hyphen.`,
        });
    });

/** Websites allowed to embed the journey, normalised and without duplicates. */
const origins = z
  .array(z.string().max(2048))
  .max(50)
  .transform((values, ctx) => {
    const out: string[] = [];
    for (const raw of values) {
      const checked = normaliseOrigin(raw);
      if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message, input: raw });
      else if (!out.includes(checked.value)) out.push(checked.value);
    }
    if (out.length > MAX_ORIGINS)
      ctx.addIssue({
        code: 'custom',
        message: `A site may list at most ${MAX_ORIGINS} websites.`,
        input: values,
      });
    return out;
  });

/** A web address a person may be sent to (see checkWebUrl), named in messages as `label`. */
const webUrl = (label: string) =>
  z.string().transform((value, ctx) => {
    const checked = checkWebUrl(value, label);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.message, input: value });
    return value;
  });

const phone = z
  .string()
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value.trim() === '') return null;
    const v = value.trim().replace(/\s+/g, ' ');
    const digits = v.replace(/\D/g, '').length;
    if (!/^\+?[\d ()-]+$/.test(v) || digits < 3 || digits > 15 || v.length > 100)
      ctx.addIssue({
        code: 'custom',
        message: `The contact phone "${v}" must be a phone number (digits, spaces, +, brackets).`,
        input: value,
      });
    return v;
  });

/** Catalogue codes Heard has (domain/languages.ts); `PL`, `pl-PL` and `easy` are read generously. */
const languages = z
  .array(z.string().max(20))
  .max(20)
  .transform((values, ctx) => {
    const out: string[] = [];
    for (const raw of values) {
      const code = normaliseLanguageCode(raw);
      if (!code)
        ctx.addIssue({
          code: 'custom',
          message: `Heard has no language "${raw.trim()}". Choose from: ${LANGUAGE_CODES.join(', ')}.`,
          input: raw,
        });
      else if (!out.includes(code)) out.push(code);
    }
    if (values.length === 0)
      ctx.addIssue({ code: 'custom', message: 'Give at least one language.', input: values });
    return out;
  });

export const PartnerKindSchema = z.enum(PARTNER_KINDS, 'Choose the kind of partner');

/** Everything about a site an operator sets (docs/admin-api.md `SiteInput`). */
export const SiteInputSchema = z.strictObject({
  /** Public contract once shared: it appears in partners' snippets and URLs. */
  key: slug('site key'),
  name: text('site name', 200),
  partnerName: text('partner name', 200),
  /** Used only when the partner is new. */
  partnerKind: PartnerKindSchema,
  boardSlug: slug('Board slug'),
  /** Needed only when the Board is new. */
  boardName: optionalText('Board name', 200),
  allowedOrigins: origins,
  contactName: text('safeguarding contact name', 200),
  contactPhone: phone,
  contactUrl: z
    .string()
    .nullable()
    .transform(blankAsNull)
    .pipe(webUrl('The safeguarding contact web address').nullable()),
  emergencyText: optionalText('emergency text', 500),
  quickExitUrl: z
    .string()
    .trim()
    .min(1, { message: 'Give the quick-exit web address.', abort: true })
    .pipe(webUrl('The quick-exit address')),
  languages,
  active: z.boolean(),
});

/** A change to a site: only the fields given change; origins may be added or removed one by one. */
export const SitePatchSchema = SiteInputSchema.omit({ key: true })
  .partial()
  .extend({ addOrigins: origins.optional(), removeOrigins: origins.optional() });

/** A site as an operator gives it. Optional texts are null when not given. */
export type SiteFields = z.input<typeof SiteInputSchema>;
/** A site that meets the rules, tidied. */
export type Site = z.output<typeof SiteInputSchema>;
export type SitePatch = z.input<typeof SitePatchSchema>;

/** The detail of every 422 about a site, from the schema or from the rules after it. */
export const SITE_NOT_SAVED = 'The site was not saved.';

/** One problem with the input, named by the field it belongs to. */
/** `conflict`: the entry clashes with one that exists (HTTP 409), rather than being invalid. */
export type SiteIssue = { field: string; message: string; conflict?: true };

/**
 * Thrown with every problem at once, so a form or a command can show them all together. The
 * admin API sends it as it is (a 409 when an entry clashes with a stored one, else 422); the
 * CLI prints the messages.
 */
export class SiteAdminError extends ProblemError {
  override name = 'SiteAdminError';
  constructor(readonly issues: SiteIssue[]) {
    super({
      status: issues.some((i) => i.conflict) ? 409 : 422,
      title: 'Some entries need checking',
      detail: SITE_NOT_SAVED,
      errors: issues.map((i) => ({ field: i.field, pointer: `#/${i.field}`, detail: i.message })),
    });
    this.message = issues.map((i) => i.message).join('\n');
  }
}

/** Checks input against a site schema: the tidied value, or SiteAdminError with every issue. */
function check<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new SiteAdminError(
    fieldErrors(parsed.error).map((e) => ({ field: e.field, message: e.detail })),
  );
}

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
async function partnerId(db: Db, name: string, kind: PartnerKind, now: Date): Promise<number> {
  const found = await findPartnerByName(db, name);
  return found ? found.id : (await insertPartner(db, { name, kind }, now)).id;
}

/** Finds the Board by slug, or creates it when a name is given. */
async function boardId(db: Db, slug: string, name: string | null, now: Date): Promise<number> {
  const found = await findBoardBySlug(db, slug);
  if (found) return found.id;
  if (!name)
    throw new SiteAdminError([
      {
        field: 'boardName',
        message: `There is no Board "${slug}" yet. Give its name to create it (--board-name).`,
      },
    ]);
  return (await insertBoard(db, { slug, name }, now)).id;
}

async function store(db: Db, site: Site, now: Date, existingId?: number): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const values = {
      name: site.name,
      partner_id: await partnerId(trx, site.partnerName, site.partnerKind, now),
      board_id: await boardId(trx, site.boardSlug, site.boardName, now),
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

/**
 * Adds a site, creating its partner and Board if new. Throws SiteAdminError on any issue; a key
 * in use is a conflict, found by the site's unique key (db/sqlite-errors.ts), so two admins
 * adding the same key at once get the same answer.
 */
export async function addSite(db: Db, input: SiteFields, now: Date): Promise<SiteWithNames> {
  const site = check(SiteInputSchema, input);
  try {
    await store(db, site, now);
  } catch (error) {
    if (constraintViolated(error) !== 'unique') throw error;
    throw new SiteAdminError([
      {
        field: 'key',
        message: `A site with the key "${site.key}" already exists.`,
        conflict: true,
      },
    ]);
  }
  return (await findSiteByKey(db, site.key)) as SiteWithNames;
}

/**
 * Changes a site. The key never changes (partners' snippets carry it). Moving a site to
 * another partner or Board affects only stories received from then on. The site as changed
 * must meet every rule, stored settings included.
 */
export async function updateSite(
  db: Db,
  key: string,
  patch: SitePatch,
  now: Date,
): Promise<SiteWithNames> {
  const row = await findSiteByKey(db, key);
  if (!row) throw new SiteAdminError([{ field: 'key', message: `There is no site "${key}".` }]);
  const { addOrigins = [], removeOrigins = [], ...fields } = check(SitePatchSchema, patch);
  const merged: SiteFields = {
    ...siteFieldsOf(row, fields.partnerKind ?? 'other'),
    ...stripUndefined(fields),
    key: row.key,
  };
  if (fields.boardSlug !== undefined && fields.boardSlug !== row.board_slug)
    merged.boardName = fields.boardName ?? null;
  const absent = removeOrigins.filter((origin) => !merged.allowedOrigins.includes(origin));
  if (absent.length > 0)
    throw new SiteAdminError(
      absent.map((origin) => ({
        field: 'removeOrigins',
        message: `"${origin}" is not one of this site's websites.`,
      })),
    );
  merged.allowedOrigins = [...merged.allowedOrigins, ...addOrigins].filter(
    (o) => !removeOrigins.includes(o),
  );
  await store(db, check(SiteInputSchema, merged), now, row.id);
  return (await findSiteByKey(db, key)) as SiteWithNames;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Every site with its partner and Board names, by key. */
export async function listSites(db: Db): Promise<SiteWithNames[]> {
  return sitesWithNames(db).orderBy('site.key').execute();
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
