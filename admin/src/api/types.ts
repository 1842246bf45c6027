/**
 * What the admin API sends, typed from the server itself (decision 0084), so a server change that
 * breaks a screen fails `npm run typecheck`. Each shape is a route's JSON output in the server's
 * app type (`AdminApi`). `import type` only: types are erased, so no server code reaches the
 * bundle. Only what the server does not send (labels) is written here.
 */
import type { ExtractSchema } from 'hono/types';
import type { ClientErrorStatusCode, ServerErrorStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Role } from '../../../server/auth/roles.ts';
import type { CuratedInputSchema } from '../../../server/moderation/curated-input.ts';
import type { AdminApi } from '../../../server/routes/admin-api.ts';
import type { PartnerKind, SiteFields } from '../../../server/sites/site-admin.ts';

type Schema = ExtractSchema<AdminApi>;
/** Every /admin/api route, as registered (`/admin/api/stories/:id`). */
export type ApiPath = keyof Schema & string;
/** The methods of one route, Hono-style: `$get`, `$post`… */
export type ApiMethod<P extends ApiPath> = keyof Schema[P] & `$${string}`;
type ErrorStatus = ClientErrorStatusCode | ServerErrorStatusCode;
type SuccessJson<E> = E extends { output: infer O; outputFormat: 'json'; status: infer S }
  ? S extends ErrorStatus
    ? never
    : O
  : never;
/**
 * What a route sends when it succeeds: the union of its `c.json(...)` outputs, leaving out its
 * problem+json answers. `never` while the route's handler can still return a plain `Response`
 * (Hono then types the whole output as `{}`); types.check.ts lists those routes.
 */
/** The Board secretaries' routes all start here. */
export type BoardPath = '/admin/api/boards/:boardId';
export type ApiJson<
  P extends ApiPath,
  M extends ApiMethod<P> = Extract<ApiMethod<P>, '$get'>,
> = SuccessJson<Schema[P][M]>;

export type { Role };
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  coordinator: 'Forum coordinator',
  board_secretary: 'Board secretary',
};

// Session and staff accounts.
export type SessionInfo = ApiJson<'/admin/api/session'>;
export type SessionState = SessionInfo['state'];
export type SessionUser = SessionInfo['user'];
/** One staff account (`GET /admin/api/users/:id`), with its sign-in health. */
export type User = ApiJson<'/admin/api/users/:id'>;
/** A staff account without its sign-in health: what a change (`PUT`) answers with. */
export type StaffUser = ApiJson<'/admin/api/users/:id', '$put'>;
export type UserPage = ApiJson<'/admin/api/users'>;
/** Accounts whose sign-in is under attack (an audited `account.under_attack` alert). */
export type UnderAttack = UserPage['underAttack'][number];
export type CreatedUser = ApiJson<'/admin/api/users', '$post'>;
/** What `POST /admin/api/users/:id/{disable,enable,reset-totp,setup-link,unlock}` answers. */
export type UserChange = ApiJson<
  | '/admin/api/users/:id/disable'
  | '/admin/api/users/:id/enable'
  | '/admin/api/users/:id/reset-totp'
  | '/admin/api/users/:id/setup-link'
  | '/admin/api/users/:id/unlock',
  '$post'
>;
export type SetupLink = ApiJson<'/admin/api/setup/inspect', '$post'>;
export type TotpStart = ApiJson<'/admin/api/account/totp/start', '$post'>;

export type Vocabulary = ApiJson<'/admin/api/vocabulary'>;

// Stories.
export type QueuePage = ApiJson<'/admin/api/stories'>;
export type QueueItem = QueuePage['items'][number];
export type StoryDetail = ApiJson<'/admin/api/stories/:id'>;
export type StoryStatus = StoryDetail['status'];
export type CheckOutcome = SafeguardingCheck['outcome'];
export type Use = StoryDetail['uses'][number];
export type Person = NonNullable<StoryDetail['assignedTo']>;
export type SafeguardingCheck = StoryDetail['checks'][number];
export type Consent = StoryDetail['consents'][number];
export type Curated = NonNullable<StoryDetail['curated']>;
export type Tags = Curated['tags'];
export type Redaction = Curated['redactions'][number];
/**
 * The body of `PUT /admin/api/stories/:id/curated`: the server's own schema, with the tag codes as
 * the form holds them (the server checks each against the vocabulary: a 422 names any it refuses).
 */
export type CuratedInput = Omit<z.input<typeof CuratedInputSchema>, 'tags'> & { tags: Tags };
export type OriginalText = ApiJson<'/admin/api/stories/:id/original', '$post'>;
export type OpenedContact = ApiJson<'/admin/api/stories/:id/contact', '$post'>;
export type Suggestions = ApiJson<'/admin/api/redactions/suggest', '$post'>;
export type Suggestion = Suggestions['suggestions'][number];

// Organisation.
export type Board = BoardList['items'][number];
export type BoardList = ApiJson<'/admin/api/boards'>;
/** A Board's duty inbox, response time, working hours and webhook (issue 13). */
export type BoardAlerting = ApiJson<'/admin/api/boards/:boardId/alerting'>;
export type Theme = ThemeList['items'][number];
export type ThemeList = ApiJson<'/admin/api/boards/:boardId/themes'>;
export type Partner = PartnerList['items'][number];
export type PartnerList = ApiJson<'/admin/api/partners'>;
/** One site in the list (`GET /admin/api/sites`) as a Board's staff see it: a summary. */
export type Site = SiteList['items'][number];
export type SiteList = ApiJson<'/admin/api/sites'>;
/** One site in full, with its embed snippet (`GET /admin/api/sites/:key`). */
export type SiteWithSnippet = ApiJson<'/admin/api/sites/:key'>;
/**
 * `GET /admin/api/sites` as an admin gets it: every site in full (the same view as one site).
 * The route answers other roles with summaries, and Hono's type of it keeps only what both
 * answers share, so this one is read from the one-site route.
 */
export type SiteListInFull = Omit<SiteList, 'items'> & { items: SiteWithSnippet[] };
/**
 * A site as the API takes it (the site CLI's fields: it names the partner and Board rather than
 * taking ids). Responses omit `partnerKind`; the form fills it from the partner list.
 */
export type SiteInput = Omit<SiteFields, 'partnerKind'> & { partnerKind: Partner['kind'] };
/** A stored site as the form starts from it: the API never sends `partnerKind`. */
export type StoredSite = Omit<SiteInput, 'partnerKind'>;
/** The partner kinds a site's new partner may be, in the order the form offers them. */
export const PARTNER_KINDS = [
  'council',
  'healthwatch',
  'nhs',
  'police',
  'advocacy',
  'voluntary',
  'other',
] as const satisfies readonly PartnerKind[];

export type Settings = ApiJson<'/admin/api/settings'>;
/** Each storyteller language's catalogue and whether a native speaker has reviewed it. */
export type CatalogueStatus = Settings['languages'][number];

export type AuditPage = ApiJson<'/admin/api/audit'>;
export type AuditEvent = AuditPage['items'][number];
