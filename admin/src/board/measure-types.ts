/**
 * `GET /admin/api/boards/:boardId/measures` (docs/admin-api.md; the source of truth is
 * ShownMeasures in server/measures/shape-measures.ts). Every figure has already been through the
 * small-number rule on the server: a count is a multiple of 5 or "[c]", a percentage is a whole
 * number or null (withheld). The screen shows these as they are and works nothing out itself.
 */
export type ShownCount = number | '[c]';
export type ShownCell = { count: ShownCount; percent: number | null };
export type ShownTable = {
  total: ShownCount;
  parts: Record<string, ShownCell>;
  subtotals: Record<string, ShownCell>;
};

export type Group = 'adult' | 'representative';
export const GROUPS: readonly Group[] = ['adult', 'representative'];
export const GROUP_LABEL: Record<Group, string> = {
  adult: 'Adults',
  representative: 'Representatives',
};

export type ShownGroup = {
  responses: ShownCount;
  asked: ShownTable;
  achieved: ShownTable;
  safer: ShownTable;
  experience: Record<string, ShownTable>;
};

export type TrendPoint = {
  quarter: string;
  label: string;
  responses: Record<Group, ShownCount>;
  askedPercent: Record<Group, number | null>;
  achievedPercent: Record<Group, number | null>;
  saferPercent: Record<Group, number | null>;
};

export type ShownMeasures = {
  period: { from: string; to: string; label: string };
  partnerId: number | null;
  selfReported: true;
  groups: Record<Group, ShownGroup>;
  trend: TrendPoint[];
};

export type BoardPartner = { id: number; name: string };

/** Answer codes in the order people saw them, with the words used in packs (server/packs/labels.ts). */
export const ASKED = [
  ['yes_expressed', 'Asked, and said what they wanted'],
  ['yes_not_expressed', 'Asked, but did not say'],
  ['no', 'Not asked'],
  ['dont_know', 'Don’t know'],
] as const;
export const ACHIEVED = [
  ['fully', 'Fully'],
  ['partly', 'Partly'],
  ['no', 'Not achieved'],
  ['dont_know', 'Don’t know'],
] as const;
export const SAFER = [
  ['a_lot', 'A lot safer'],
  ['a_bit', 'A bit safer'],
  ['no_different', 'No different'],
  ['less_safe', 'Less safe'],
  ['dont_know', 'Don’t know'],
] as const;
export const EXPERIENCE_ANSWERS = [
  ['yes_completely', 'Yes, completely'],
  ['yes_partly', 'Yes, partly'],
  ['no', 'No'],
  ['dont_know', 'Don’t know'],
  ['not_applicable', 'Does not apply'],
] as const;
export const EXPERIENCE_STATEMENTS = [
  ['listened', 'I was listened to'],
  ['involved', 'I was involved as much as I wanted'],
  ['dignity', 'I was treated with dignity and respect'],
  ['informed', 'I was kept informed'],
  ['understood_roles', 'I understood who everyone was'],
  ['shared_when_needed', 'My information was shared only when needed'],
] as const;
