import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { constraintViolated } from '../../db/sqlite-errors.ts';
import { catalogueStatuses } from '../../domain/messages/catalogue-status.ts';
import { CONSENT_MONTHS } from '../../domain/vocabulary.ts';
import type { AdminEnv, AuthContext, SignedInEnv } from '../admin/admin-env.ts';
import { idParam, notFound, readJson } from '../admin/read-json.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRole, requireSignedIn } from '../auth/require-auth.ts';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '../auth/session-store.ts';
import { problem } from '../http/problem.ts';
import {
  addSite,
  listSites,
  PARTNER_KINDS,
  SiteAdminError,
  siteSnippet,
  updateSite,
} from '../sites/site-admin.ts';
import type { SiteWithNames } from '../sites/site-queries.ts';

const admin = requireRole('admin');
const Slug = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])$/,
    'Use 2 to 64 lowercase letters, digits or hyphens',
  );
const Text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}`)
    .max(max, `The ${what} must be ${max} characters or fewer`);
const BoardCreate = z.strictObject({ slug: Slug, name: Text('Board name', 200) });
const BoardUpdate = z.strictObject({ name: Text('Board name', 200) });
const PartnerCreate = z.strictObject({
  name: Text('partner name', 200),
  kind: z.enum(PARTNER_KINDS, 'Choose the kind of partner'),
});
const PartnerUpdate = PartnerCreate.partial();
const SiteSchema = z.strictObject({
  key: z.string().max(64),
  name: z.string().max(400),
  partnerName: z.string().max(400),
  partnerKind: z.enum(PARTNER_KINDS, 'Choose the kind of partner'),
  boardSlug: z.string().max(64),
  boardName: z.string().max(400).nullable(),
  allowedOrigins: z.array(z.string().max(2048)).max(50),
  contactName: z.string().max(400),
  contactPhone: z.string().max(100).nullable(),
  contactUrl: z.string().max(4096).nullable(),
  emergencyText: z.string().max(1000).nullable(),
  quickExitUrl: z.string().max(4096),
  languages: z.array(z.string().max(20)).max(20),
  active: z.boolean(),
});
const SitePatchSchema = SiteSchema.omit({ key: true })
  .partial()
  .extend({
    addOrigins: z.array(z.string().max(2048)).max(50).optional(),
    removeOrigins: z.array(z.string().max(2048)).max(50).optional(),
  });

const me = (c: Context<SignedInEnv>) => c.var.auth as AuthContext;
const audit = (
  c: Context<SignedInEnv>,
  action: string,
  objectType: string,
  objectId: number | string,
  boardId?: number,
  detail?: Record<string, unknown>,
) =>
  recordAudit(c.var.deps.db, {
    actor: me(c).user.id,
    action,
    objectType,
    objectId,
    boardId: boardId ?? null,
    address: c.var.address,
    detail,
    at: c.var.deps.now(),
  });

const boardView = (b: { id: number; slug: string; name: string; created_at: string }) => ({
  id: b.id,
  slug: b.slug,
  name: b.name,
  createdAt: b.created_at,
});
const partnerView = (p: { id: number; name: string; kind: string; created_at: string }) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  createdAt: p.created_at,
});

function siteView(c: Context<SignedInEnv>, s: SiteWithNames) {
  const base = c.var.deps.config.publicUrl ?? new URL(c.req.url).origin;
  return {
    id: s.id,
    key: s.key,
    name: s.name,
    partnerId: s.partner_id,
    partnerName: s.partner_name,
    boardId: s.board_id,
    boardSlug: s.board_slug,
    boardName: s.board_name,
    allowedOrigins: JSON.parse(s.allowed_origins) as string[],
    contactName: s.safeguarding_contact_name,
    contactPhone: s.safeguarding_phone,
    contactUrl: s.safeguarding_url,
    emergencyText: s.emergency_text,
    quickExitUrl: s.quick_exit_url,
    languages: JSON.parse(s.languages) as string[],
    active: s.active === 1,
    createdAt: s.created_at,
    updatedAt: s.updated_at,
    snippet: siteSnippet(base, s.key),
  };
}

const siteProblem = (c: Context<SignedInEnv>, error: SiteAdminError) =>
  problem(c, {
    status: error.issues.some((i) => i.conflict) ? 409 : 422,
    title: 'Some entries need checking',
    detail: 'The site was not saved.',
    errors: error.issues.map((i) => ({
      field: i.field,
      pointer: `#/${i.field}`,
      detail: i.message,
    })),
  });

/** Boards, partners, sites and deployment settings (docs/admin-api.md). */
export const adminOrganisationRoutes = new Hono<AdminEnv>()
  .get('/admin/api/boards', requireSignedIn(), async (c) => {
    const ids = me(c).boardIds;
    const rows = ids.length
      ? await c.var.deps.db
          .selectFrom('board')
          .selectAll()
          .where('id', 'in', ids)
          .orderBy('name')
          .execute()
      : [];
    return c.json({ items: rows.map(boardView) });
  })
  .post('/admin/api/boards', admin, async (c) => {
    const body = await readJson(c, BoardCreate);
    if (!body.ok) return body.response;
    const { db, now } = c.var.deps;
    if (
      await db
        .selectFrom('board')
        .select('id')
        .where('slug', '=', body.data.slug)
        .executeTakeFirst()
    ) {
      return problem(c, {
        status: 409,
        title: 'This Board slug is in use',
        errors: [
          { field: 'slug', pointer: '#/slug', detail: 'Choose another slug: this one is in use' },
        ],
      });
    }
    const board = await db
      .insertInto('board')
      .values({ ...body.data, created_at: now().toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(c, 'board.created', 'board', board.id, board.id, { slug: board.slug });
    return c.json(boardView(board), 201);
  })
  .put('/admin/api/boards/:id', admin, async (c) => {
    const body = await readJson(c, BoardUpdate);
    if (!body.ok) return body.response;
    const id = idParam(c, 'id');
    const { db } = c.var.deps;
    const board =
      id === undefined
        ? undefined
        : await db.selectFrom('board').selectAll().where('id', '=', id).executeTakeFirst();
    if (!board) return notFound(c, 'Board not found');
    await db
      .updateTable('board')
      .set({ name: body.data.name })
      .where('id', '=', board.id)
      .execute();
    await audit(c, 'board.updated', 'board', board.id, board.id);
    return c.json(boardView({ ...board, name: body.data.name }));
  })

  .get('/admin/api/partners', admin, async (c) => {
    const rows = await c.var.deps.db.selectFrom('partner').selectAll().orderBy('name').execute();
    return c.json({ items: rows.map(partnerView) });
  })
  .post('/admin/api/partners', admin, async (c) => {
    const body = await readJson(c, PartnerCreate);
    if (!body.ok) return body.response;
    const { db, now } = c.var.deps;
    const partner = await db
      .insertInto('partner')
      .values({ ...body.data, created_at: now().toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(c, 'partner.created', 'partner', partner.id);
    return c.json(partnerView(partner), 201);
  })
  .put('/admin/api/partners/:id', admin, async (c) => {
    const body = await readJson(c, PartnerUpdate);
    if (!body.ok) return body.response;
    const id = idParam(c, 'id');
    const { db } = c.var.deps;
    const partner =
      id === undefined
        ? undefined
        : await db.selectFrom('partner').selectAll().where('id', '=', id).executeTakeFirst();
    if (!partner) return notFound(c, 'Partner not found');
    if (Object.keys(body.data).length === 0) return c.json(partnerView(partner));
    await db.updateTable('partner').set(body.data).where('id', '=', partner.id).execute();
    await audit(c, 'partner.updated', 'partner', partner.id);
    return c.json(partnerView({ ...partner, ...body.data }));
  })

  .get('/admin/api/sites', requireSignedIn(), async (c) => {
    const ids = new Set(me(c).boardIds);
    const sites = (await listSites(c.var.deps.db)).filter((s) => ids.has(s.board_id));
    if (me(c).user.role === 'admin') return c.json({ items: sites.map((s) => siteView(c, s)) });
    // Staff of a Board see which sites feed it (queue filters), not their settings.
    return c.json({
      items: sites.map((s) => ({
        id: s.id,
        key: s.key,
        name: s.name,
        boardId: s.board_id,
        partnerName: s.partner_name,
        active: s.active === 1,
      })),
    });
  })
  .get('/admin/api/sites/:key', admin, async (c) => {
    const site = (await listSites(c.var.deps.db)).find((s) => s.key === c.req.param('key'));
    if (!site) return notFound(c, 'Site not found');
    return c.json(siteView(c, site));
  })
  .post('/admin/api/sites', admin, async (c) => {
    const body = await readJson(c, SiteSchema);
    if (!body.ok) return body.response;
    try {
      const site = await addSite(c.var.deps.db, body.data, c.var.deps.now());
      await audit(c, 'site.created', 'site', site.id, site.board_id, { key: site.key });
      return c.json(siteView(c, site), 201);
    } catch (error) {
      if (error instanceof SiteAdminError) return siteProblem(c, error);
      // Two admins adding the same key at once: the second insert breaks the unique key.
      if (constraintViolated(error) === 'unique') {
        return siteProblem(
          c,
          new SiteAdminError([
            {
              field: 'key',
              message: `A site with the key "${body.data.key}" already exists.`,
              conflict: true,
            },
          ]),
        );
      }
      throw error;
    }
  })
  .put('/admin/api/sites/:key', admin, async (c) => {
    const body = await readJson(c, SitePatchSchema);
    if (!body.ok) return body.response;
    const key = c.req.param('key');
    const exists = (await listSites(c.var.deps.db)).find((s) => s.key === key);
    if (!exists) return notFound(c, 'Site not found');
    try {
      const patch = Object.fromEntries(
        Object.entries(body.data).filter(([, v]) => v !== undefined),
      );
      const site = await updateSite(c.var.deps.db, key, patch, c.var.deps.now());
      await audit(c, 'site.updated', 'site', site.id, site.board_id, {
        key: site.key,
        fields: Object.keys(patch),
      });
      return c.json(siteView(c, site));
    } catch (error) {
      if (error instanceof SiteAdminError) return siteProblem(c, error);
      throw error;
    }
  })

  .get('/admin/api/settings', admin, (c) => {
    const { config } = c.var.deps;
    return c.json({
      requireTwoFactor: config.requireTwoFactor,
      publicUrl: config.publicUrl ?? null,
      consentMonths: CONSENT_MONTHS,
      retentionMonths: config.retentionMonths,
      sessionIdleMinutes: SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: SESSION_ABSOLUTE_HOURS,
      // Each catalogue's review status, so a partner knows what a native speaker has checked.
      languages: catalogueStatuses(),
    });
  });
