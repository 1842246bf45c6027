import type { JSONParsed } from 'hono/utils/types';
import type { ContactRow, PartnerRow } from '../db/schema.ts';
import type { ActionStatus, ActionView } from '../domain/actions.ts';
import type { LibraryItem } from './library/search-library.ts';
import type { ShownMeasures } from './measures/shape-measures.ts';
import type { PackModel } from './packs/pack-model.ts';
import type { PackSummary } from './packs/pack-store.ts';

/**
 * What the admin API sends where the server's app type (`AdminApi`, server/routes/admin-api.ts)
 * cannot yet say: a handler that can still return a plain `Response` (an early
 * `return board.response`) has its whole output typed `{}` by Hono. The admin app takes these
 * shapes from here, `import type` only (decision 0084); admin/src/api/types.check.ts holds each
 * one against its route's own output, by itself, as soon as that route is typed, and then the
 * admin type can come from the route instead. Shapes a capability builds come from the
 * capability's own type; the few a route builds inline are written out here, once, next to the
 * server, until the route is typed.
 */

/** A value as `c.json` sends it: what Hono's client types make of it (dates become strings). */
export type Wire<T> = JSONParsed<T>;

/** `GET|PUT /admin/api/boards/:boardId/packs/:packId`, and the pack after any change to it. */
export type PackView = Wire<PackModel>;
/** One pack in `GET /admin/api/boards/:boardId/packs`. */
export type PackListItem = Wire<PackSummary>;
export type PackList = { items: PackListItem[] };
/** `GET /admin/api/boards/:boardId/library` (searchLibrary). */
export type LibraryPage = Wire<{
  items: LibraryItem[];
  total: number;
  page: number;
  pageSize: number;
}>;
/** `GET /admin/api/boards/:boardId/measures`: every figure already through the small-number rule. */
export type MeasuresView = Wire<ShownMeasures>;
/** One Board action ("You said, we did"), as every action route answers. */
export type ActionWire = Wire<ActionView>;
/** `GET /admin/api/boards/:boardId/actions`. */
export type ActionList = { items: ActionWire[] };

// Built inline by their routes (untyped for now): written once here, checked once typed.

/** One partner in `GET /admin/api/boards/:boardId/partners`. */
export type BoardPartner = Pick<PartnerRow, 'id' | 'name'>;
export type BoardPartnerList = { items: BoardPartner[] };

/** One entry in `GET /admin/api/boards/:boardId/to-tell` (coordinators only). */
export type ToTellEntry = {
  id: number;
  actionId: number;
  theme: string;
  storyId: number;
  status: ActionStatus;
  since: string;
  contactMethod: ContactRow['method'] | null;
};
export type ToTellList = { items: ToTellEntry[] };

/** `POST /admin/api/stories/:id/contact`: opened only after a reason, audited. */
export type OpenedContact = {
  method: ContactRow['method'];
  name: string | null;
  email: string | null;
  phone: string | null;
  safeToLeaveMessage: boolean;
};

/** `POST /admin/api/stories/:id/original`: the person's own words, opened with a reason. */
export type OriginalText = {
  story: string | null;
  wantedOutcome: string | null;
  helpedMost: string | null;
  shouldChange: string | null;
};

/** `POST /admin/api/account/totp/start`: a new secret and its otpauth:// URI. */
export type TotpStart = { secret: string; uri: string };
