/**
 * `GET /admin/api/boards/:boardId/measures`, typed from the server (ShownMeasures in
 * server/measures/shape-measures.ts, as its route sends it; decision 0084). Every figure has
 * already been through the small-number rule on the server: a count is a multiple of 5 or "[c]",
 * a percentage is a whole number or null (withheld). The screen shows these as they are and works
 * nothing out itself. Only the words the screen shows are written here.
 */
import type { ShownTable as ServerShownTable } from '../../../domain/suppression.ts';
import type {
  ASKED_OUTCOMES,
  EXPERIENCE_ANSWERS as EXPERIENCE_ANSWER_CODES,
  ExperienceCode,
  FEEL_SAFER,
  OUTCOME_ACHIEVED,
} from '../../../domain/vocabulary.ts';
import type { ApiJson, BoardPath } from '../api/types.ts';

export type BoardPartnerList = ApiJson<`${BoardPath}/partners`>;
export type BoardPartner = BoardPartnerList['items'][number];
export type ShownMeasures = ApiJson<`${BoardPath}/measures`>;
export type Group = keyof ShownMeasures['groups'];
export type ShownGroup = ShownMeasures['groups'][Group];
export type TrendPoint = ShownMeasures['trend'][number];
export type ShownCount = ShownGroup['responses'];
export type ShownCell = ShownGroup['asked']['parts'][keyof ShownGroup['asked']['parts']];
/** Any one question's table, read by answer code and subtotal name. */
export type ShownTable = ServerShownTable<string, string>;

export const GROUPS = ['adult', 'representative'] as const satisfies readonly Group[];
export const GROUP_LABEL: Record<Group, string> = {
  adult: 'Adults',
  representative: 'Representatives',
};

type Labels<Code extends string> = readonly (readonly [Code, string])[];

/** Answer codes in the order people saw them, with the words used in packs (server/packs/labels.ts). */
export const ASKED = [
  ['yes_expressed', 'Asked, and said what they wanted'],
  ['yes_not_expressed', 'Asked, but did not say'],
  ['no', 'Not asked'],
  ['dont_know', 'Don’t know'],
] as const satisfies Labels<(typeof ASKED_OUTCOMES)[number]>;
export const ACHIEVED = [
  ['fully', 'Fully'],
  ['partly', 'Partly'],
  ['no', 'Not achieved'],
  ['dont_know', 'Don’t know'],
] as const satisfies Labels<(typeof OUTCOME_ACHIEVED)[number]>;
export const SAFER = [
  ['a_lot', 'A lot safer'],
  ['a_bit', 'A bit safer'],
  ['no_different', 'No different'],
  ['less_safe', 'Less safe'],
  ['dont_know', 'Don’t know'],
] as const satisfies Labels<(typeof FEEL_SAFER)[number]>;
export const EXPERIENCE_ANSWERS = [
  ['yes_completely', 'Yes, completely'],
  ['yes_partly', 'Yes, partly'],
  ['no', 'No'],
  ['dont_know', 'Don’t know'],
  ['not_applicable', 'Does not apply'],
] as const satisfies Labels<(typeof EXPERIENCE_ANSWER_CODES)[number]>;
export const EXPERIENCE_STATEMENTS = [
  ['listened', 'I was listened to'],
  ['involved', 'I was involved as much as I wanted'],
  ['dignity', 'I was treated with dignity and respect'],
  ['informed', 'I was kept informed'],
  ['understood_roles', 'I understood who everyone was'],
  ['shared_when_needed', 'My information was shared only when needed'],
] as const satisfies Labels<ExperienceCode>;
