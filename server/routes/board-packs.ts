import { Hono } from 'hono';
import { z } from 'zod';
import { PACK_MAX_STORIES } from '../../domain/limits.ts';
import { PRINCIPLES } from '../../domain/vocabulary.ts';
import type { AdminEnv } from '../admin/admin-env.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRecentAuth } from '../auth/require-auth.ts';
import { ids, validate } from '../http/validate.ts';
import { isDay } from '../measures/periods.ts';
import '../packs/drop-story.ts';
import { exportPack, PACK_FORMATS } from '../packs/pack-export.ts';
import {
  choosePackStories,
  createPack,
  draftPackOfBoard,
  issuePack,
  listPacks,
  packContent,
  packOfBoard,
  updatePackFields,
} from '../packs/pack-store.ts';
import { boardInScope, boardParam, requireBoardStaff } from './board-access.ts';

const day = (what: string) =>
  z.string().refine(isDay, `Enter the ${what} as a real date, like 2027-01-15`);
const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`);

/** Public contract: body of POST/PUT pack (docs/admin-api.md, "Board packs"). */
export const PackFieldsSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1, 'Enter a title for the pack')
      .max(200, 'The title must be 200 characters or fewer'),
    meetingDate: day('meeting date'),
    periodFrom: day('start of the period'),
    periodTo: day('end of the period'),
    priorities: text(5000, 'Priorities').default(''),
    principles: z
      .array(z.enum(PRINCIPLES, { error: 'Choose principles from the list' }))
      .max(6)
      .default([]),
    caveats: text(5000, 'Caveats').default(''),
  })
  .refine((p) => p.periodFrom <= p.periodTo, {
    path: ['periodTo'],
    message: 'The end of the period must be on or after its start',
  });

export const PackStoriesSchema = z.strictObject({
  stories: z
    .array(
      z.strictObject({
        storyId: z.number({ error: 'Choose a story' }).int().positive(),
        tellsUs: text(5000, '“What this tells us”').default(''),
        questions: text(5000, '“Questions for the Board”').default(''),
      }),
    )
    .max(PACK_MAX_STORIES, `A pack can hold at most ${PACK_MAX_STORIES} stories`)
    .refine(
      (s) => new Set(s.map((x) => x.storyId)).size === s.length,
      'Each story can be in a pack only once',
    ),
});

const P = '/admin/api/boards/:boardId/packs';
const packParam = () => validate('param', ids('boardId', 'packId'), { notFound: 'Pack not found' });

/** Board packs: draft, choose stories, issue (frozen), export Word, HTML or PDF (issue 5). */
export const boardPackRoutes = new Hono<AdminEnv>()
  .get(P, requireBoardStaff(), boardParam(), async (c) => {
    const boardId = boardInScope(c.var.auth, c.req.valid('param').boardId);
    return c.json({ items: await listPacks(c.var.deps.db, boardId) });
  })
  .post(P, requireBoardStaff(), boardParam(), validate('json', PackFieldsSchema), async (c) => {
    const { deps, auth } = c.var;
    const boardId = boardInScope(auth, c.req.valid('param').boardId);
    const id = await createPack(deps.db, {
      boardId,
      userId: auth.user.id,
      fields: c.req.valid('json'),
      now: deps.now(),
    });
    return c.json(await packContent(deps.db, id, deps.now()), 201);
  })
  .get(`${P}/:packId`, requireBoardStaff(), boardParam(), packParam(), async (c) => {
    const { deps, auth } = c.var;
    const { boardId, packId } = c.req.valid('param');
    const pack = await packOfBoard(deps.db, boardInScope(auth, boardId), packId);
    return c.json(await packContent(deps.db, pack.id, deps.now()));
  })
  .put(
    `${P}/:packId`,
    requireBoardStaff(),
    boardParam(),
    packParam(),
    validate('json', PackFieldsSchema),
    async (c) => {
      const { deps, auth } = c.var;
      const { boardId, packId } = c.req.valid('param');
      const pack = await draftPackOfBoard(deps.db, boardInScope(auth, boardId), packId);
      await updatePackFields(deps.db, pack.id, c.req.valid('json'), deps.now());
      return c.json(await packContent(deps.db, pack.id, deps.now()));
    },
  )
  .put(
    `${P}/:packId/stories`,
    requireBoardStaff(),
    boardParam(),
    packParam(),
    validate('json', PackStoriesSchema),
    async (c) => {
      const { deps, auth } = c.var;
      const { boardId, packId } = c.req.valid('param');
      const pack = await draftPackOfBoard(deps.db, boardInScope(auth, boardId), packId);
      const { stories } = c.req.valid('json');
      await choosePackStories(deps.db, { pack, stories, now: deps.now() });
      return c.json(await packContent(deps.db, pack.id, deps.now()));
    },
  )
  .post(
    `${P}/:packId/issue`,
    requireBoardStaff(),
    requireRecentAuth(),
    boardParam(),
    packParam(),
    async (c) => {
      const { deps, auth, address } = c.var;
      const { boardId, packId } = c.req.valid('param');
      const pack = await draftPackOfBoard(deps.db, boardInScope(auth, boardId), packId);
      const model = await issuePack(deps.db, {
        packId: pack.id,
        userId: auth.user.id,
        issuerName: auth.user.name ?? auth.user.email,
        now: deps.now(),
        address,
        messages: deps,
      });
      await recordAudit(deps.db, {
        actor: auth.user.id,
        action: 'pack.issued',
        objectType: 'pack',
        objectId: pack.id,
        boardId,
        address,
        detail: { stories: model.stories.length },
        at: deps.now(),
      });
      return c.json(model);
    },
  )
  .get(
    `${P}/:packId/export/:format{docx|html|pdf}`,
    requireBoardStaff(),
    requireRecentAuth(),
    boardParam(),
    validate('param', ids('boardId', 'packId').extend({ format: z.enum(PACK_FORMATS) }), {
      notFound: 'Pack not found',
    }),
    async (c) => {
      const { deps, auth, address } = c.var;
      const { boardId, packId, format } = c.req.valid('param');
      const pack = await packOfBoard(deps.db, boardInScope(auth, boardId), packId);
      const model = await packContent(deps.db, pack.id, deps.now());
      const file = await exportPack(model, format, {
        chromiumPath: deps.config.chromiumPath,
        log: deps.log,
      });
      await recordAudit(deps.db, {
        actor: auth.user.id,
        action: 'pack.exported',
        objectType: 'pack',
        objectId: pack.id,
        boardId,
        address,
        detail: { format, status: model.status, stories: model.stories.length },
        at: deps.now(),
      });
      return c.body(file.body, 200, file.headers);
    },
  );
