import {
  addSite,
  boardViewSnippet,
  listSites,
  PARTNER_KINDS,
  type PartnerKind,
  SiteAdminError,
  type SiteFields,
  type SitePatch,
  siteSnippet,
  updateSite,
} from '../sites/site-admin.ts';
import type { SiteWithNames } from '../sites/site-queries.ts';
import { findSiteByKey } from '../sites/site-queries.ts';
import { type CliCommand, type CliContext, UsageError } from './command.ts';

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

const HELP = `site add KEY --name TEXT --partner NAME [--partner-kind KIND] --board SLUG
           [--board-name NAME] --origin URL [--origin URL ...] --contact-name TEXT
           [--contact-phone TEL] [--contact-url URL] [--emergency-text TEXT]
           --quick-exit-url URL [--language CODE ...] [--inactive]
       site update KEY [any option above] [--add-origin URL] [--remove-origin URL] [--active]
       site list
       site show KEY

  --origin          a partner website allowed to embed the journey: scheme and host only,
                    https (http only on localhost); repeat it or separate with commas
  --partner         created (with --partner-kind, default other) if no partner has that name
  --board           a Board's slug; a new Board also needs --board-name
  --partner-kind    ${PARTNER_KINDS.join(' | ')}
  An empty value (--contact-phone "") clears an optional setting.`;

const string = (v: Values, name: string): string | undefined => {
  const value = v[name];
  return typeof value === 'string' ? value : undefined;
};

/** Repeated options and comma-separated lists both work: `--origin a --origin b,c`. */
const list = (v: Values, name: string): string[] | undefined => {
  const value = v[name];
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).filter((x) => typeof x === 'string');
  return items
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);
};

const optional = (v: Values, name: string): string | null | undefined => {
  const value = string(v, name);
  return value === undefined ? undefined : value.trim() === '' ? null : value;
};

function partnerKind(v: Values): PartnerKind | undefined {
  const kind = string(v, 'partner-kind');
  if (kind === undefined) return undefined;
  if (!(PARTNER_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`--partner-kind must be one of: ${PARTNER_KINDS.join(', ')}.`);
  return kind as PartnerKind;
}

function activeFlag(v: Values): boolean | undefined {
  if (v.active && v.inactive) throw new UsageError('Give --active or --inactive, not both.');
  return v.active ? true : v.inactive ? false : undefined;
}

function siteKey(positionals: string[], v: Values): string {
  const [, key, extra] = positionals;
  const given = key ?? string(v, 'key');
  if (!given) throw new UsageError('Give the site key, e.g. site show demo.');
  if (extra !== undefined) throw new UsageError(`Unexpected "${extra}".`);
  return given;
}

/** Every missing required option for `site add`, named as the operator types it. */
function requireForAdd(v: Values): void {
  const missing = ['name', 'partner', 'board', 'contact-name', 'quick-exit-url'].filter(
    (o) => !string(v, o),
  );
  if (missing.length > 0)
    throw new UsageError(
      `site add also needs: ${missing.map((m) => `--${m}`).join(', ')} (see: npm run heard -- site help).`,
    );
}

function patchFrom(v: Values): SitePatch {
  const patch: SitePatch = {
    name: string(v, 'name'),
    partnerName: string(v, 'partner'),
    partnerKind: partnerKind(v),
    boardSlug: string(v, 'board'),
    boardName: optional(v, 'board-name'),
    allowedOrigins: list(v, 'origin'),
    contactName: string(v, 'contact-name'),
    contactPhone: optional(v, 'contact-phone'),
    contactUrl: optional(v, 'contact-url'),
    emergencyText: optional(v, 'emergency-text'),
    quickExitUrl: string(v, 'quick-exit-url'),
    languages: list(v, 'language'),
    active: activeFlag(v),
    addOrigins: list(v, 'add-origin'),
    removeOrigins: list(v, 'remove-origin'),
  };
  return patch;
}

function publicBase(ctx: CliContext): string {
  return ctx.env.HEARD_PUBLIC_URL ?? `http://localhost:${ctx.env.PORT}`;
}

function printSite(ctx: CliContext, row: SiteWithNames): void {
  const origins = JSON.parse(row.allowed_origins) as string[];
  const lines = [
    `Site ${row.key}: ${row.name}${row.active === 1 ? '' : ' (inactive: its journey is not shown)'}`,
    `  Partner:            ${row.partner_name}`,
    `  Board:              ${row.board_name} (${row.board_slug})`,
    `  Allowed websites:   ${origins.length > 0 ? origins.join(', ') : 'none: the journey can be linked to but not embedded'}`,
    `  Safeguarding:       ${row.safeguarding_contact_name}`,
    `  Phone:              ${row.safeguarding_phone ?? '-'}`,
    `  Web:                ${row.safeguarding_url ?? '-'}`,
    `  Emergency text:     ${row.emergency_text ?? '-'}`,
    `  Quick exit to:      ${row.quick_exit_url}`,
    `  Languages:          ${(JSON.parse(row.languages) as string[]).join(', ')}`,
    '',
    'Snippet (a button that opens the journey in a dialog):',
    '',
    siteSnippet(publicBase(ctx), row.key),
    '',
    'Snippet for a page of its own (the journey in place of the link):',
    '',
    siteSnippet(publicBase(ctx), row.key, 'inline'),
    '',
    `Snippets for the Board's public pages ("You said, we did", then people's stories). The`,
    'link inside each is what people see with scripts off; the page may be framed only by',
    "the allowed websites of the Board's sites. One embed.js per page is enough:",
    '',
    boardViewSnippet(publicBase(ctx), row.board_slug, 'actions'),
    '',
    boardViewSnippet(publicBase(ctx), row.board_slug, 'stories'),
    '',
  ];
  for (const line of lines) ctx.out(line);
}

async function run(
  args: { values: Values; positionals: string[] },
  ctx: CliContext,
): Promise<number> {
  const [action] = args.positionals;
  const v = args.values;
  const deps = async () => (await ctx.deps()).db;
  try {
    switch (action) {
      case 'list': {
        const rows = await listSites(await deps());
        if (rows.length === 0) ctx.out('No sites yet. Add one with: npm run heard -- site add ...');
        for (const r of rows) {
          const origins = (JSON.parse(r.allowed_origins) as string[]).length;
          ctx.out(
            `${r.key.padEnd(24)} ${r.active === 1 ? 'active  ' : 'inactive'}  ${r.name} — ${r.partner_name} → ${r.board_slug} (${origins} website${origins === 1 ? '' : 's'})`,
          );
        }
        return 0;
      }
      case 'show': {
        const key = siteKey(args.positionals, v);
        const row = await findSiteByKey(await deps(), key);
        if (!row)
          throw new UsageError(`There is no site "${key}". See: npm run heard -- site list`);
        printSite(ctx, row);
        return 0;
      }
      case 'add': {
        const key = siteKey(args.positionals, v);
        if (v['add-origin'] || v['remove-origin'])
          throw new UsageError('site add takes --origin; --add-origin is for site update.');
        requireForAdd(v);
        const p = patchFrom(v);
        const fields: SiteFields = {
          key,
          name: p.name ?? '',
          partnerName: p.partnerName ?? '',
          partnerKind: p.partnerKind ?? 'other',
          boardSlug: p.boardSlug ?? '',
          boardName: p.boardName ?? null,
          allowedOrigins: p.allowedOrigins ?? [],
          contactName: p.contactName ?? '',
          contactPhone: p.contactPhone ?? null,
          contactUrl: p.contactUrl ?? null,
          emergencyText: p.emergencyText ?? null,
          quickExitUrl: p.quickExitUrl ?? '',
          languages: p.languages ?? ['en'],
          active: p.active ?? true,
        };
        const db = await deps();
        const row = await addSite(db, fields, (await ctx.deps()).now());
        ctx.out(`Added site ${row.key}.\n`);
        printSite(ctx, row);
        return 0;
      }
      case 'update': {
        const key = siteKey(args.positionals, v);
        if (v.key !== undefined) throw new UsageError('A site key cannot change: snippets use it.');
        const patch = patchFrom(v);
        if (Object.values(patch).every((x) => x === undefined))
          throw new UsageError('Nothing to change: give at least one option.');
        const db = await deps();
        const row = await updateSite(db, key, patch, (await ctx.deps()).now());
        ctx.out(`Updated site ${row.key}.\n`);
        printSite(ctx, row);
        return 0;
      }
      case 'help':
        ctx.out(`Usage: npm run heard -- ${HELP}`);
        return 0;
      default:
        throw new UsageError(
          action
            ? `Unknown site action "${action}".`
            : 'Say what to do: add, update, list, show or help.',
        );
    }
  } catch (error) {
    if (error instanceof SiteAdminError) {
      throw new UsageError(
        `The site was not saved:\n${error.issues.map((i) => `  - ${i.message}`).join('\n')}`,
      );
    }
    throw error;
  }
}

/** `npm run heard -- site add|update|list|show`: manage where partners embed the journey. */
export const siteCommand: CliCommand = {
  name: 'site',
  summary: 'Add, change, list or show sites and print their snippets.',
  usage: 'site add|update|list|show|help [KEY] [options]',
  options: {
    key: { type: 'string' },
    name: { type: 'string' },
    partner: { type: 'string' },
    'partner-kind': { type: 'string' },
    board: { type: 'string' },
    'board-name': { type: 'string' },
    origin: { type: 'string', multiple: true },
    'add-origin': { type: 'string', multiple: true },
    'remove-origin': { type: 'string', multiple: true },
    'contact-name': { type: 'string' },
    'contact-phone': { type: 'string' },
    'contact-url': { type: 'string' },
    'emergency-text': { type: 'string' },
    'quick-exit-url': { type: 'string' },
    language: { type: 'string', multiple: true },
    active: { type: 'boolean' },
    inactive: { type: 'boolean' },
  },
  run,
};
