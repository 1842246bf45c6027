/**
 * Shapes the admin API returns (docs/admin-api.md is the contract). Kept here, not imported from
 * server/, so the browser bundle never pulls in server code.
 */
export type Role = 'admin' | 'coordinator' | 'board_secretary';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  coordinator: 'Forum coordinator',
  board_secretary: 'Board secretary',
};

export type BoardRef = { id: number; name: string; slug: string };
export type Person = { id: number; email: string; name: string | null };

export type User = {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  boards: BoardRef[];
  totpEnabled: boolean;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  /** Only in the users API (admins): failed sign-ins from new browsers, the delay, any alert. */
  signIn?: { recentFailures: number; waitSeconds: number; underAttack: boolean };
};
export type SessionUser = User;
/** Accounts whose sign-in is under attack (an audited `account.under_attack` alert). */
export type UnderAttack = { id: number; email: string; waitSeconds: number };

export type SessionState = 'signed_in' | 'totp_required' | 'totp_enrolment_required';

export type SessionInfo = {
  state: SessionState;
  csrfToken: string;
  user: User;
  expiresAt: string;
  recentAuthUntil: string;
  requireTwoFactor: boolean;
};

export type Paged<T> = { items: T[]; page: number; pageSize: number; total: number };

export type Vocabulary = {
  principles: string[];
  wellbeingAreas: string[];
  harmKinds: { code: string; label: string }[];
  mspSteps: number[];
  storyStatuses: string[];
  checkOutcomes: string[];
  consentPurposes: string[];
  uses: string[];
};

export type StoryStatus =
  | 'new'
  | 'in_review'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'expired'
  | 'quarantined';
export type CheckOutcome = 'no_current_risk' | 'escalated' | 'referred' | 'already_supported';
export type Use = 'board' | 'training' | 'publish' | 'quote';

export type QueueItem = {
  id: number;
  boardId: number;
  siteId: number;
  siteName: string;
  status: StoryStatus;
  urgent: boolean;
  urgentReasons: string[];
  receivedAt: string;
  waitingMinutes: number;
  respondent: string;
  assignedTo: Person | null;
  checkOutcome: CheckOutcome | null;
  hasCurated: boolean;
  spamReasons: string[];
};

export type SafeguardingCheck = {
  id: number;
  outcome: CheckOutcome;
  note?: string | null;
  escalatedTo?: string | null;
  recordedAt: string;
  recordedBy: Person;
};

export type Tags = {
  principles: string[];
  wellbeingAreas: string[];
  harmKinds: string[];
  mspSteps: number[];
  themeIds: number[];
};

export type Redaction = {
  start: number;
  end: number;
  kind: string;
  replacement: string;
  source: 'suggested' | 'manual';
};

export type CuratedInput = {
  title: string;
  summary: string;
  text: string;
  redactions: Redaction[];
  quotes: string[];
  tags: Tags;
};

export type Curated = CuratedInput & {
  updatedAt: string;
  updatedBy: Person;
  approvedAt: string | null;
  approvedBy: Person | null;
  themes: { id: number; label: string }[];
};

export type Consent = {
  purpose: string;
  granted: boolean;
  decidedAt: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
  current: boolean;
  wordingVersion: string;
  wordingText: string;
};

export type StoryDetail = QueueItem & {
  answers: {
    language: string;
    respondent: string;
    personKnows: string | null;
    supportReason: string;
    finished: string;
    askedOutcomes: string;
    outcomeAchieved: string | null;
    feelSafer: string;
    experience: Record<string, string>;
    helpToHaveSay: string;
    harmKinds: string[];
    location: string | null;
  };
  hasOriginalText: boolean;
  hasContact: boolean;
  consents: Consent[];
  uses: Use[];
  checks: SafeguardingCheck[];
  curated: Curated | null;
  rejectionReason: string | null;
  decidedBy: Person | null;
  decidedAt: string | null;
};

export type OriginalText = {
  story: string | null;
  wantedOutcome: string | null;
  helpedMost: string | null;
  shouldChange: string | null;
};

export type Suggestion = { start: number; end: number; kind: string; replacement: string };

export type Theme = {
  id: number;
  boardId: number;
  label: string;
  retiredAt: string | null;
  createdAt: string;
};
export type Board = { id: number; slug: string; name: string; createdAt: string };
export type Partner = { id: number; name: string; kind: string; createdAt: string };
export const PARTNER_KINDS = [
  'council',
  'healthwatch',
  'nhs',
  'police',
  'advocacy',
  'voluntary',
  'other',
] as const;

/**
 * A site as the API takes it (docs/admin-api.md). The implementation wraps the site CLI, so it
 * names the partner and Board rather than taking ids. Responses omit `partnerKind`; the form fills it from the partner list.
 */
export type SiteInput = {
  key: string;
  name: string;
  partnerName: string;
  partnerKind: string;
  boardSlug: string;
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
export type Site = SiteInput & {
  id: number;
  partnerId: number;
  boardId: number;
  createdAt: string;
  updatedAt: string;
};
export type SiteWithSnippet = Site & { snippet: string };

export type Settings = {
  requireTwoFactor: boolean;
  publicUrl: string | null;
  consentMonths: number;
  retentionMonths: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Each storyteller language's catalogue and whether a native speaker has reviewed it. */
  languages: CatalogueStatus[];
};

export type CatalogueStatus = {
  code: string;
  name: string;
  englishName: string;
  dir: 'ltr' | 'rtl';
  reviewStatus: 'machine-drafted' | 'community-reviewed';
  translated: number;
  total: number;
};

export type AuditEvent = {
  id: number;
  at: string;
  actor: string;
  actorEmail: string | null;
  action: string;
  objectType: string | null;
  objectId: string | number | null;
  boardId: number | null;
  address: string | null;
  detail: Record<string, unknown>;
};
