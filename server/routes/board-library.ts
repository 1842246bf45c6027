import { Hono } from 'hono';
import { z } from 'zod';
import {
  HARM_KIND_CODES,
  MSP_STEPS,
  OUTCOME_ACHIEVED,
  PRINCIPLES,
  WELLBEING_AREAS,
} from '../../domain/vocabulary.ts';
import type { AdminEnv } from '../admin/admin-env.ts';
import { validate } from '../http/validate.ts';
import { searchLibrary } from '../library/search-library.ts';
import { isDay } from '../measures/periods.ts';
import { boardInScope, boardParam, requireBoardStaff } from './board-access.ts';

const id = z.coerce.number({ error: 'Must be a number' }).int().positive('Must be a number');
const day = z.string().refine(isDay, 'Enter a real date, like 2026-04-01');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Public contract of the library's query string (docs/admin-api.md, "Board secretaries"). */
export const LibraryQuerySchema = z
  .strictObject({
    q: optional(z.string().max(200, 'Search for 200 characters or fewer')),
    principle: optional(z.enum(PRINCIPLES, { error: 'Choose a principle from the list' })),
    wellbeing: optional(
      z.enum(WELLBEING_AREAS, { error: 'Choose a wellbeing area from the list' }),
    ),
    harm: optional(
      z.enum(HARM_KIND_CODES as [string, ...string[]], {
        error: 'Choose a kind of harm from the list',
      }),
    ),
    mspStep: optional(
      z.coerce
        .number()
        .int()
        .refine(
          (n) => (MSP_STEPS as readonly number[]).includes(n),
          'Choose an MSP step from 1 to 9',
        ),
    ),
    theme: optional(id),
    partner: optional(id),
    from: optional(day),
    to: optional(day),
    achieved: optional(z.enum(OUTCOME_ACHIEVED, { error: 'Choose an outcome from the list' })),
    respondent: optional(
      z.enum(['adult', 'representative'], { error: 'Choose adults or representatives' }),
    ),
    page: optional(z.coerce.number().int().min(1).max(100_000)).default(1),
    pageSize: optional(z.coerce.number().int().min(1).max(100)).default(25),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'End date must be the same as or after the start date',
  })
  .transform(({ theme, partner, ...rest }) => ({ ...rest, themeId: theme, partnerId: partner }));

/** The library: approved curated stories of one Board, searchable and filterable (issue 5). */
export const boardLibraryRoutes = new Hono<AdminEnv>().get(
  '/admin/api/boards/:boardId/library',
  requireBoardStaff(),
  boardParam(),
  validate('query', LibraryQuerySchema),
  async (c) => {
    const boardId = boardInScope(c.var.auth, c.req.valid('param').boardId);
    const { db, now } = c.var.deps;
    return c.json(await searchLibrary(db, { boardId, now: now(), filters: c.req.valid('query') }));
  },
);
