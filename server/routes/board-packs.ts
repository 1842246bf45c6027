import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { PACK_MAX_STORIES } from '../../domain/limits.ts';
import { PRINCIPLES } from '../../domain/vocabulary.ts';
import type { AdminEnv, SignedInEnv } from '../admin/admin-env.ts';
import { conflict, idParam, notFound, readJson } from '../admin/read-json.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRecentAuth } from '../auth/require-auth.ts';
import { problem } from '../http/problem.ts';
import { isDay } from '../measures/periods.ts';
import '../packs/drop-story.ts';
import { REFUSAL_TEXT } from '../packs/pack-guards.ts';
import { buildPackModel } from '../packs/pack-model.ts';
import {
  createPack,
  findPack,
  issuePack,
  listPacks,
  setPackStories,
  updatePackFields,
} from '../packs/pack-store.ts';
import { renderPackDocx } from '../packs/render-docx.ts';
import { PACK_STYLE_SOURCE, renderPackHtml } from '../packs/render-html.ts';
import { chromiumPath, PdfUnavailableError, renderPackPdf } from '../packs/render-pdf.ts';
import { boardOf, requireBoardStaff } from './board-access.ts';

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

async function packOf(c: Context<SignedInEnv>) {
  const board = boardOf(c);
  if ('response' in board) return board;
  const packId = idParam(c, 'packId');
  const pack =
    packId === undefined ? undefined : await findPack(c.var.deps.db, board.boardId, packId);
  if (!pack) return { response: notFound(c, 'Pack not found') };
  return { boardId: board.boardId, pack };
}

const issuedConflict = (c: Context) =>
  conflict(
    c,
    'This pack has been issued',
    'An issued pack is the record of what the Board saw and cannot change. Start a new pack instead.',
  );

const FORMATS = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
  },
  html: { type: 'text/html; charset=utf-8', ext: 'html' },
  pdf: { type: 'application/pdf', ext: 'pdf' },
} as const;

const P = '/admin/api/boards/:boardId/packs';

/** Board packs: draft, choose stories, issue (frozen), export Word, HTML or PDF (issue 5). */
export const boardPackRoutes = new Hono<AdminEnv>()
  .use(P, requireBoardStaff())
  .use(`${P}/*`, requireBoardStaff())
  .get(P, async (c) => {
    const board = boardOf(c);
    if ('response' in board) return board.response;
    return c.json({ items: await listPacks(c.var.deps.db, board.boardId) });
  })
  .post(P, async (c) => {
    const board = boardOf(c);
    if ('response' in board) return board.response;
    const body = await readJson(c, PackFieldsSchema);
    if (!body.ok) return body.response;
    const { deps, auth } = c.var;
    const id = await createPack(deps.db, {
      boardId: board.boardId,
      userId: auth?.user.id ?? 0,
      fields: body.data,
      now: deps.now(),
    });
    return c.json(await buildPackModel(deps.db, id, deps.now()), 201);
  })
  .get(`${P}/:packId`, async (c) => {
    const found = await packOf(c);
    if ('response' in found) return found.response;
    return c.json(await buildPackModel(c.var.deps.db, found.pack.id, c.var.deps.now()));
  })
  .put(`${P}/:packId`, async (c) => {
    const found = await packOf(c);
    if ('response' in found) return found.response;
    if (found.pack.status !== 'draft') return issuedConflict(c);
    const body = await readJson(c, PackFieldsSchema);
    if (!body.ok) return body.response;
    const { deps } = c.var;
    await updatePackFields(deps.db, found.pack.id, body.data, deps.now());
    return c.json(await buildPackModel(deps.db, found.pack.id, deps.now()));
  })
  .put(`${P}/:packId/stories`, async (c) => {
    const found = await packOf(c);
    if ('response' in found) return found.response;
    if (found.pack.status !== 'draft') return issuedConflict(c);
    const body = await readJson(c, PackStoriesSchema);
    if (!body.ok) return body.response;
    const { deps } = c.var;
    const result = await setPackStories(deps.db, {
      pack: found.pack,
      stories: body.data.stories,
      now: deps.now(),
    });
    if (!result.ok) {
      return problem(c, {
        status: 409,
        title: 'Some stories cannot go in a Board pack',
        detail:
          'Nothing was changed. A story needs the person’s current permission to share it with the Board and an approved anonymised version.',
        errors: result.refused.map((r) => ({
          field: `stories.${r.index}.storyId`,
          pointer: `#/stories/${r.index}/storyId`,
          detail: REFUSAL_TEXT[r.code],
          code: r.code,
        })),
      });
    }
    return c.json(await buildPackModel(deps.db, found.pack.id, deps.now()));
  })
  .post(`${P}/:packId/issue`, requireRecentAuth(), async (c) => {
    const found = await packOf(c);
    if ('response' in found) return found.response;
    if (found.pack.status !== 'draft') return issuedConflict(c);
    const { deps, auth, address } = c.var;
    const user = auth?.user;
    if (!user) return notFound(c);
    const model = await issuePack(deps.db, {
      packId: found.pack.id,
      userId: user.id,
      issuerName: user.name ?? user.email,
      now: deps.now(),
    });
    await recordAudit(deps.db, {
      actor: user.id,
      action: 'pack.issued',
      objectType: 'pack',
      objectId: found.pack.id,
      boardId: found.boardId,
      address,
      detail: { stories: model.stories.length },
      at: deps.now(),
    });
    return c.json(model);
  })
  .get(`${P}/:packId/export/:format{docx|html|pdf}`, requireRecentAuth(), async (c) => {
    const found = await packOf(c);
    if ('response' in found) return found.response;
    const format = c.req.param('format') as keyof typeof FORMATS;
    const { deps, auth, address } = c.var;
    const model = await buildPackModel(deps.db, found.pack.id, deps.now());
    if (!model) return notFound(c, 'Pack not found');
    let body: Buffer | string;
    if (format === 'docx') body = await renderPackDocx(model);
    else if (format === 'html') body = renderPackHtml(model);
    else {
      try {
        body = await renderPackPdf(renderPackHtml(model), chromiumPath(deps.config.chromiumPath));
      } catch (error) {
        if (!(error instanceof PdfUnavailableError)) throw error;
        // The reason is for the operator's log, not the person (it may name server paths).
        deps.log.warn('pack.pdf_unavailable', { reason: error.message });
        return problem(c, {
          status: 503,
          title: 'PDF export is not available here',
          detail:
            'This Heard server cannot make PDFs. Download the Word document or open the print version instead, or ask your administrator to set up Chromium (docs/operations.md, "PDF Board packs").',
        });
      }
    }
    await recordAudit(deps.db, {
      actor: auth?.user.id ?? 'system',
      action: 'pack.exported',
      objectType: 'pack',
      objectId: found.pack.id,
      boardId: found.boardId,
      address,
      detail: { format, status: model.status, stories: model.stories.length },
      at: deps.now(),
    });
    const name = `heard-pack-${model.board.slug}-${model.meetingDate}${model.status === 'draft' ? '-draft' : ''}.${FORMATS[format].ext}`;
    return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
      'Content-Type': FORMATS[format].type,
      'Content-Disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${name}"`,
      'Cache-Control': 'no-store',
      // The HTML pack is self-contained: no scripts, nothing fetched; its one style element is
      // allowed by its hash, not by 'unsafe-inline' (SECURITY.md).
      ...(format === 'html'
        ? {
            'Content-Security-Policy': `default-src 'none'; style-src ${PACK_STYLE_SOURCE}; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
          }
        : {}),
    });
  });
