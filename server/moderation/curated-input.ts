import { z } from 'zod';
import {
  HARM_KIND_CODES,
  MSP_STEPS,
  PRINCIPLES,
  WELLBEING_AREAS,
} from '../../domain/vocabulary.ts';

const unique = <T>(list: T[]) => new Set(list).size === list.length;

export const RedactionSchema = z
  .strictObject({
    start: z.number().int().min(0).max(1_000_000),
    end: z.number().int().min(0).max(1_000_000),
    kind: z.string().regex(/^[a-z_]{1,40}$/, 'Use a redaction kind such as "name" or "postcode"'),
    replacement: z.string().max(80, 'A replacement must be 80 characters or fewer'),
    source: z.enum(['suggested', 'manual']),
  })
  .refine((r) => r.end > r.start, {
    message: 'A redaction must end after it starts',
    path: ['end'],
  });

/** One redaction of a curated story, as saved and as the admin API sends it back. */
export type Redaction = z.output<typeof RedactionSchema>;

/** The body of `PUT /admin/api/stories/:id/curated` (docs/admin-api.md). */
export const CuratedInputSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, 'Enter a title')
    .max(120, 'The title must be 120 characters or fewer'),
  summary: z
    .string()
    .trim()
    .min(1, 'Enter a summary')
    .max(600, 'The summary must be 600 characters or fewer'),
  text: z
    .string()
    .trim()
    .min(1, 'Enter the anonymised story')
    .max(20_000, 'The anonymised story must be 20,000 characters or fewer'),
  redactions: z.array(RedactionSchema).max(2000, 'At most 2,000 redactions'),
  quotes: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'A quote cannot be empty')
        .max(600, 'A quote must be 600 characters or fewer'),
    )
    .max(10, 'At most 10 quotes'),
  tags: z.strictObject({
    principles: z.array(z.enum(PRINCIPLES)).refine(unique, 'Each principle once'),
    wellbeingAreas: z.array(z.enum(WELLBEING_AREAS)).refine(unique, 'Each wellbeing area once'),
    harmKinds: z
      .array(z.enum(HARM_KIND_CODES as [string, ...string[]]))
      .refine(unique, 'Each kind of harm once'),
    mspSteps: z
      .array(
        z
          .number()
          .int()
          .refine((n) => (MSP_STEPS as readonly number[]).includes(n), 'MSP steps are 1 to 9'),
      )
      .refine(unique, 'Each MSP step once'),
    themeIds: z.array(z.number().int().positive()).max(50).refine(unique, 'Each theme once'),
  }),
});
export type CuratedInput = z.output<typeof CuratedInputSchema>;

/** Quotes are compared with the anonymised text ignoring runs of white space and curly quotes. */
export const normaliseForQuote = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
