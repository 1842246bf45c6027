import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ActionStatus } from '../domain/actions.ts';
import type { LanguageCode } from '../domain/languages.ts';
import type {
  MessageChannel,
  MessageKind,
  MessageStatus,
  MessageWording,
  RecipientKind,
} from '../domain/outbox.ts';
import type {
  AtRiskNow,
  ConsentPurpose,
  ContactMethod,
  LocationCode,
  PersonKnows,
  Respondent,
  StoryStatus,
} from '../domain/vocabulary.ts';
import type { Role } from '../server/auth/roles.ts';
import type { SessionState } from '../server/auth/session-store.ts';
import type { CheckOutcome } from '../server/moderation/statuses.ts';
import type { PartnerKind } from '../server/sites/site-admin.ts';

/**
 * The database, as Kysely sees it. Times are ISO 8601 UTC strings; booleans are 0/1 integers
 * (SQLite has no boolean); lists are JSON text. Columns named `*_sealed` hold AES-256-GCM
 * ciphertext from server/crypto/sealer.ts, never plain text. A column holding a fixed
 * vocabulary is typed as its union (`Role`, `StoryStatus`…), so a query's rows need no cast;
 * values are checked where they enter (zod, CLI parsing), before they are written.
 */
export interface Database {
  board: BoardTable;
  partner: PartnerTable;
  site: SiteTable;
  story: StoryTable;
  consent: ConsentTable;
  contact: ContactTable;
  reference: ReferenceTable;
  idempotency_key: IdempotencyKeyTable;
  app_secret: AppSecretTable;
  user: UserTable;
  user_board: UserBoardTable;
  session: SessionTable;
  setup_token: SetupTokenTable;
  audit_event: AuditEventTable;
  moderation: ModerationTable;
  safeguarding_check: SafeguardingCheckTable;
  storyteller_check: StorytellerCheckTable;
  local_theme: LocalThemeTable;
  curated_story: CuratedStoryTable;
  curated_tag: CuratedTagTable;
  pack: PackTable;
  pack_story: PackStoryTable;
  pack_note: PackNoteTable;
  board_action: BoardActionTable;
  board_action_story: BoardActionStoryTable;
  action_to_tell: ActionToTellTable;
  library_story: LibraryStoryTable;
  message: MessageTable;
  board_alerting: BoardAlertingTable;
}

export interface BoardTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: string;
}

export interface PartnerTable {
  id: Generated<number>;
  name: string;
  /** council | healthwatch | nhs | police | advocacy | voluntary | other */
  kind: PartnerKind;
  created_at: string;
}

export interface SiteTable {
  id: Generated<number>;
  /** Public contract: appears in snippets and URLs. */
  key: string;
  name: string;
  partner_id: number;
  board_id: number;
  /** JSON array of origins allowed to frame the journey, e.g. ["https://council.example"]. */
  allowed_origins: string;
  safeguarding_contact_name: string;
  safeguarding_phone: string | null;
  safeguarding_url: string | null;
  emergency_text: string | null;
  quick_exit_url: string;
  /** JSON array of catalogue codes, e.g. ["en"]. */
  languages: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface StoryTable {
  id: Generated<number>;
  site_id: number;
  board_id: number;
  language: LanguageCode;
  respondent: Respondent;
  person_knows: PersonKnows | null;
  support_reason: string;
  finished: string;
  /** yes | no | not_sure (AT_RISK_NOW); null before issue 13 or when a client did not send it. */
  at_risk_now: ColumnType<AtRiskNow | null, AtRiskNow | null | undefined, AtRiskNow | null>;
  asked_outcomes: string;
  wanted_outcome_sealed: string | null;
  outcome_achieved: string | null;
  feel_safer: string;
  exp_listened: string;
  exp_involved: string;
  exp_dignity: string;
  exp_informed: string;
  exp_understood_roles: string;
  exp_shared_when_needed: string;
  help_to_have_say: string;
  /** JSON array of harm codes. */
  harm_kinds: string;
  location: LocationCode | null;
  story_sealed: string | null;
  helped_most_sealed: string | null;
  should_change_sealed: string | null;
  urgent: number;
  /** JSON array of RiskReason. */
  urgent_reasons: string;
  status: StoryStatus;
  /** JSON array of SpamReason codes (server/spam/assess-spam.ts); `[]` for ordinary stories. */
  spam_reasons: Generated<string>;
  received_at: string;
  updated_at: string;
}

export interface ConsentTable {
  id: Generated<number>;
  story_id: number;
  purpose: ConsentPurpose;
  /** Which version of the wording the person saw, and the exact words, in their language. */
  wording_version: string;
  wording_text: string;
  granted: number;
  decided_at: string;
  expires_at: string | null;
  withdrawn_at: string | null;
  /** Set by expireConsents() (server/moderation/expire-consents.ts) once past `expires_at`. */
  expired_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ContactTable {
  story_id: number;
  /** neutral (default) | named: how messages to the storyteller are worded (issue 13). */
  message_wording: Generated<MessageWording>;
  method: ContactMethod;
  name_sealed: string | null;
  email_sealed: string | null;
  phone_sealed: string | null;
  safe_to_leave_message: number;
}

export interface ReferenceTable {
  /**
   * HMAC-SHA256 of the canonical reference (e.g. "K7M-2QX-4TR-8WZD") under the lookup key in
   * `app_secret`: the code itself is never stored (decision 0033).
   */
  code_hash: string;
  story_id: number;
  issued_at: string;
}

export interface IdempotencyKeyTable {
  site_id: number;
  key: string;
  /** SHA-256 of the canonical request body: the same key with a different body is refused. */
  body_hash: string;
  story_id: number;
  created_at: string;
  /** The story's reference, sealed, so a retried post is answered with the same reference. */
  reference_sealed: string | null;
}

/** Secrets Heard makes for itself, sealed under the data key (decision 0033). */
export interface AppSecretTable {
  name: string;
  value_sealed: string;
}

/** Staff account (issue 4). `email` is stored lower-cased and unique regardless of case. */
export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string | null;
  /** admin | coordinator | board_secretary */
  role: Role;
  /** `scrypt$N$r$p$salt$hash`; null until the person follows their set-up link. */
  password_hash: string | null;
  totp_secret_sealed: string | null;
  /** A secret shown during enrolment, not yet confirmed with a code. */
  totp_pending_sealed: string | null;
  totp_enabled: Generated<number>;
  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  totp_last_step: Generated<number>;
  disabled: Generated<number>;
  /** 1 while the person wants the daily digest (coordinators); they may turn it off. */
  daily_digest: Generated<number>;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserBoardTable {
  user_id: number;
  board_id: number;
}

export interface SessionTable {
  /** SHA-256 of the random 256-bit session id; the id itself is only in the cookie. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  /** signed_in | totp_required | totp_enrolment_required */
  state: SessionState;
  created_at: string;
  last_seen_at: string;
  /** Last time the person proved who they are (password or TOTP): re-authentication. */
  authenticated_at: string;
}

export interface SetupTokenTable {
  token_hash: string;
  /** Null for the bootstrap link that creates the first admin. */
  user_id: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Append-only (triggers refuse UPDATE and DELETE). Never holds story text or contacts. */
export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  /** A user id as text, 'public' or 'system'. */
  actor: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  board_id: number | null;
  address: string | null;
  /** JSON object. */
  detail: string;
}

export interface ModerationTable {
  story_id: number;
  assigned_user_id: number | null;
  rejection_reason: string | null;
  decided_by: number | null;
  decided_at: string | null;
}

export interface SafeguardingCheckTable {
  id: Generated<number>;
  story_id: number;
  /** no_current_risk | escalated | referred | already_supported */
  outcome: CheckOutcome;
  escalated_to_sealed: string | null;
  note_sealed: string | null;
  recorded_by: number;
  recorded_at: string;
}

/**
 * The record of checking a story with the person who asked to check it first (consent
 * `contact_check`, issue 13): the latest row counts. Sealed: what they said, what was decided.
 */
export interface StorytellerCheckTable {
  id: Generated<number>;
  story_id: number;
  /** checked | not_reached */
  kind: 'checked' | 'not_reached';
  /** The date it happened (YYYY-MM-DD); for not_reached, the date of the decision. */
  happened_on: string;
  /** phone | email | in_person | letter | advocate | other */
  method: string;
  /** JSON array of YYYY-MM-DD: the attempts to reach the person (not_reached). */
  attempts: Generated<string>;
  note_sealed: string | null;
  decision_sealed: string | null;
  recorded_by: number;
  recorded_at: string;
}

export interface LocalThemeTable {
  id: Generated<number>;
  board_id: number;
  label: string;
  retired_at: string | null;
  created_at: string;
}

/** The anonymised story a coordinator prepared, kept apart from the sealed original. */
export interface CuratedStoryTable {
  story_id: number;
  board_id: number;
  title: string;
  summary: string;
  text: string;
  /** JSON array of applied redactions {start, end, kind, replacement, source}: no original words. */
  redactions: string;
  /** JSON array of exact quotes (only with quote consent). */
  quotes: string;
  updated_by: number;
  updated_at: string;
  approved_by: number | null;
  approved_at: string | null;
}

/**
 * Library membership, kept by triggers (db/migrations/...-0302-library-membership.ts): a row
 * while a story is approved, curated and approved, with granted, unwithdrawn Board-sharing
 * consent. Read only through server/library: a row is in the library while `until` is null or
 * later than now (consent expiry is a time, not an event).
 */
export interface LibraryStoryTable {
  story_id: number;
  board_id: number;
  approved_at: string;
  until: string | null;
}

/** kind: principle | wellbeing | harm | msp_step | theme (code = theme id). */
export interface CuratedTagTable {
  story_id: number;
  kind: string;
  code: string;
}

export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type CuratedStoryRow = Selectable<CuratedStoryTable>;
export type LocalThemeRow = Selectable<LocalThemeTable>;
export type BoardRow = Selectable<BoardTable>;
export type PartnerRow = Selectable<PartnerTable>;
export type SiteRow = Selectable<SiteTable>;
export type NewSite = Insertable<SiteTable>;
export type SiteUpdate = Updateable<SiteTable>;
export type StoryRow = Selectable<StoryTable>;
export type NewStory = Insertable<StoryTable>;
export type ConsentRow = Selectable<ConsentTable>;
export type ContactRow = Selectable<ContactTable>;

/** A column whose value is set by SQLite on insert and never changed. */
export type Fixed<T> = ColumnType<T, T | undefined, never>;

/** A Board meeting pack (issue 5). Issued packs are frozen by a trigger and kept as the record. */
export interface PackTable {
  id: Generated<number>;
  board_id: number;
  title: string;
  meeting_date: string;
  /** Inclusive dates (YYYY-MM-DD) of the period the measures cover. */
  period_from: string;
  period_to: string;
  priorities: string;
  /** JSON array of principle codes the pack addresses. */
  principles: string;
  caveats: string;
  /** draft | issued */
  status: string;
  created_by: number;
  created_at: string;
  updated_at: string;
  issued_by: number | null;
  issued_at: string | null;
  /** JSON of the whole pack as issued (server/packs/pack-model.ts): what every export renders. */
  snapshot: string | null;
}

export interface PackStoryTable {
  pack_id: number;
  story_id: number;
  position: number;
  /** "What this tells us", written by the secretary. */
  tells_us: string;
  /** "Questions for the Board". */
  questions: string;
}

/** A visible note on a draft pack, e.g. a story dropped because the person withdrew it. */
export interface PackNoteTable {
  id: Generated<number>;
  pack_id: number;
  /** story_withdrawn | story_left_library */
  kind: string;
  at: string;
}

/** One "You said, we did" action of a Board. */
export interface BoardActionTable {
  id: Generated<number>;
  board_id: number;
  theme: string;
  people_said: string;
  board_will_do: string;
  owner: string;
  due_date: string | null;
  /** proposed | agreed | in_progress | done | not_taken_forward */
  status: ActionStatus;
  /** Required when not taken forward. */
  status_reason: string | null;
  /** JSON array of measure codes the action answers, e.g. ["outcomes", "experience.informed"]. */
  measures: string;
  published: number;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface BoardActionStoryTable {
  action_id: number;
  story_id: number;
}

/** Someone who asked to hear back, to be told that an action linked to their story changed. */
export interface ActionToTellTable {
  id: Generated<number>;
  action_id: number;
  story_id: number;
  /** The action's status that they are to be told about. */
  status: ActionStatus;
  created_at: string;
  told_at: string | null;
  told_by: number | null;
  /** The automatic message about it, when one could be sent (decision 0093). */
  message_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export type PackRow = Selectable<PackTable>;
export type PackStoryRow = Selectable<PackStoryTable>;
export type BoardActionRow = Selectable<BoardActionTable>;

/**
 * The outbox (issue 13, decision 0086). Written in the same transaction as the event that causes
 * it; delivered by server/messages/sender.ts. `body` is plain text with no personal data (staff
 * alerts); a body that carries personal data (a copy of someone's answers) is `body_sealed` and,
 * like `recipient_sealed`, cleared once sent.
 */
export interface MessageTable {
  id: Generated<number>;
  board_id: number | null;
  story_id: number | null;
  kind: MessageKind;
  channel: MessageChannel;
  recipient_kind: RecipientKind;
  recipient_user_id: number | null;
  recipient_sealed: string | null;
  subject: string;
  body: string | null;
  body_sealed: string | null;
  /** Unique: one event reaches one recipient once (also the stable Message-ID). */
  dedupe_key: string;
  status: MessageStatus;
  attempts: Generated<number>;
  /** A message to a storyteller waits until then, so a coordinator can stop it. */
  hold_until: string | null;
  next_attempt_at: string;
  /** While a sender is delivering it; a crashed sender's lease runs out and another retries. */
  lease_until: string | null;
  last_error: string | null;
  /** Which transport delivered (or last tried): smtp | notify | webhook. */
  transport: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  stopped_by: number | null;
  stopped_at: string | null;
}

export interface BoardAlertingTable {
  board_id: number;
  duty_email: string | null;
  response_hours: Generated<number>;
  /** JSON array of ISO weekdays (1 = Monday). */
  working_days: Generated<string>;
  /** HH:MM, Europe/London. */
  day_starts: Generated<string>;
  day_ends: Generated<string>;
  /** JSON array of YYYY-MM-DD dates the Board does not work. */
  bank_holidays: Generated<string>;
  webhook_url: string | null;
  webhook_secret_sealed: string | null;
  updated_at: string;
}

export type MessageRow = Selectable<MessageTable>;
