/**
 * Compile-time checks, never bundled or run (nothing imports this file; `npm run typecheck`
 * reads it): what each route the admin app calls sends must be what the screen reads (decision
 * 0084). A type defined as a route's own output (types.ts) is held by construction; this file
 * holds the rest: a type read from another route (a change answering with the story, the pack),
 * or from a shared domain type (a Board action).
 *
 * `Reads<T, Sent>` fails with "Type … does not satisfy the constraint …", naming the property
 * that drifted. An untyped route sends `never` (see ApiJson), which passes: its line starts to
 * check by itself once the route is typed, and `StillUntyped` below makes that visible.
 */
import type { ExtractSchema } from 'hono/types';
import type { JSONParsed } from 'hono/utils/types';
import type { ActionView } from '../../../domain/actions.ts';
import type { ASKED_OUTCOMES, FEEL_SAFER, OUTCOME_ACHIEVED } from '../../../domain/vocabulary.ts';
import type { AdminApi } from '../../../server/routes/admin-api.ts';
import type { PartnerKind } from '../../../server/sites/site-admin.ts';
import type {
  ACHIEVED,
  ASKED,
  GROUPS,
  Group,
  SAFER,
  ShownMeasures,
} from '../board/measure-types.ts';
import type { LibraryPage, Pack } from '../board/types.ts';
import type {
  ApiJson,
  ApiMethod,
  ApiPath,
  AuditPage,
  Board,
  BoardList,
  BoardPath,
  CreatedUser,
  PARTNER_KINDS,
  Partner,
  PartnerList,
  QueuePage,
  SessionInfo,
  Settings,
  SetupLink,
  SiteList,
  SiteWithSnippet,
  StaffUser,
  StoryDetail,
  Suggestions,
  Theme,
  ThemeList,
  User,
  UserChange,
  UserPage,
  Vocabulary,
} from './types.ts';

/** Compiles only when what is sent (`Sent`) is what the screen reads (`T`). */
type Reads<T, Sent extends T> = Sent;

/** `any`, `never` or a shape with no properties would check nothing: each must be a real shape. */
type Known<T> = 0 extends 1 & T ? 'is any' : [T] extends [never] ? 'is never' : EachKnown<T>;
type EachKnown<T> = T extends unknown
  ? [keyof T] extends [never]
    ? 'has no properties'
    : T
  : never;
export type TypesAreKnown = [
  Reads<object, Known<SessionInfo>>,
  Reads<object, Known<User>>,
  Reads<object, Known<StaffUser>>,
  Reads<object, Known<UserPage>>,
  Reads<object, Known<CreatedUser>>,
  Reads<object, Known<UserChange>>,
  Reads<object, Known<SetupLink>>,
  Reads<object, Known<Vocabulary>>,
  Reads<object, Known<QueuePage>>,
  Reads<object, Known<StoryDetail>>,
  Reads<object, Known<Suggestions>>,
  Reads<object, Known<BoardList>>,
  Reads<object, Known<ThemeList>>,
  Reads<object, Known<PartnerList>>,
  Reads<object, Known<SiteList>>,
  Reads<object, Known<SiteWithSnippet>>,
  Reads<object, Known<Settings>>,
  Reads<object, Known<AuditPage>>,
  Reads<object, Known<ShownMeasures>>,
  Reads<object, Known<Pack>>,
  Reads<object, Known<LibraryPage>>,
];

export type SessionRoutes = [
  Reads<SessionInfo, ApiJson<'/admin/api/session', '$post'>>,
  Reads<SessionInfo, ApiJson<'/admin/api/session/totp', '$post'>>,
  Reads<SessionInfo, ApiJson<'/admin/api/setup', '$post'>>,
  Reads<SessionInfo, ApiJson<'/admin/api/account/totp/confirm', '$post'>>,
];

export type OrganisationRoutes = [
  Reads<Board, ApiJson<'/admin/api/boards', '$post'>>,
  Reads<Board, ApiJson<'/admin/api/boards/:id', '$put'>>,
  Reads<Partner, ApiJson<'/admin/api/partners', '$post'>>,
  Reads<Partner, ApiJson<'/admin/api/partners/:id', '$put'>>,
  Reads<SiteWithSnippet, ApiJson<'/admin/api/sites', '$post'>>,
  Reads<SiteWithSnippet, ApiJson<'/admin/api/sites/:key', '$put'>>,
  Reads<Theme, ApiJson<'/admin/api/boards/:boardId/themes', '$post'>>,
  Reads<Theme, ApiJson<'/admin/api/boards/:boardId/themes/:themeId/retire', '$post'>>,
  Reads<Theme, ApiJson<'/admin/api/boards/:boardId/themes/:themeId/restore', '$post'>>,
];

/** Every change to a story answers with the story as it now stands. */
export type StoryRoutes = [
  Reads<StoryDetail, ApiJson<'/admin/api/stories/:id/assign', '$post'>>,
  Reads<StoryDetail, ApiJson<'/admin/api/stories/:id/unassign', '$post'>>,
  Reads<StoryDetail, ApiJson<'/admin/api/stories/:id/check', '$post'>>,
  Reads<StoryDetail, ApiJson<'/admin/api/stories/:id/curated', '$put'>>,
  Reads<StoryDetail, ApiJson<'/admin/api/stories/:id/approve', '$post'>>,
  Reads<StoryDetail, ApiJson<'/admin/api/stories/:id/reject', '$post'>>,
  Reads<StoryDetail, ApiJson<'/admin/api/stories/:id/reopen', '$post'>>,
  Reads<StoryDetail, ApiJson<'/admin/api/stories/:id/withdraw', '$post'>>,
  Reads<StoryDetail, ApiJson<'/admin/api/stories/:id/consents/withdraw', '$post'>>,
];

type B = BoardPath;
/** A Board action as it crosses the wire: the screens read it as the domain's ActionView. */
type ActionWire = JSONParsed<ActionView>;
/** Every change to a pack answers with the pack as it now stands; every action route, an action. */
export type BoardRoutes = [
  Reads<Pack, ApiJson<`${B}/packs`, '$post'>>,
  Reads<Pack, ApiJson<`${B}/packs/:packId`, '$put'>>,
  Reads<Pack, ApiJson<`${B}/packs/:packId/stories`, '$put'>>,
  Reads<Pack, ApiJson<`${B}/packs/:packId/issue`, '$post'>>,
  Reads<{ items: ActionWire[] }, ApiJson<`${B}/actions`>>,
  Reads<ActionWire, ApiJson<`${B}/actions`, '$post'>>,
  Reads<ActionWire, ApiJson<`${B}/actions/:actionId`, '$put'>>,
];

/** The words the screens show cover every code the server uses. */
export type LabelsCoverCodes = [
  Reads<(typeof PARTNER_KINDS)[number], PartnerKind>,
  Reads<(typeof GROUPS)[number], Group>,
  Reads<(typeof ASKED)[number][0], (typeof ASKED_OUTCOMES)[number]>,
  Reads<(typeof ACHIEVED)[number][0], (typeof OUTCOME_ACHIEVED)[number]>,
  Reads<(typeof SAFER)[number][0], (typeof FEEL_SAFER)[number]>,
];

type Schema = ExtractSchema<AdminApi>;
/** Routes whose handler can still return a plain `Response`: Hono types their output `{}`. */
type Untyped = {
  [P in ApiPath]: {
    [M in ApiMethod<P>]: Schema[P][M] extends { outputFormat: infer F }
      ? string extends F
        ? `${M} ${P}`
        : never
      : never;
  }[ApiMethod<P>];
}[ApiPath];

/**
 * The routes the app type cannot see through, so their lines above would pass without checking.
 * None: every handler returns only typed responses and throws its problems (decision 0083). Kept
 * exact both ways: a route that becomes untyped fails here (it would silently stop being
 * checked) until it is typed again or listed, with a reason, as a union member here.
 */
type StillUntyped = never;

/** Fails naming each route that is untyped but not listed above. */
export type NoNewUntypedRoute = Reads<never, Exclude<Untyped, StillUntyped>>;
/** Fails naming each listed route that is typed now: take it out of StillUntyped. */
export type NoListedRouteIsTypedNow = Reads<never, Exclude<StillUntyped, Untyped>>;
