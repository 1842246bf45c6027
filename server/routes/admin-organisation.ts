import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { BoardRow, PartnerRow } from '../../db/schema.ts';
import { catalogueStatuses } from '../../domain/messages/catalogue-status.ts';
import { CONSENT_MONTHS } from '../../domain/vocabulary.ts';
import type { AdminEnv, SignedInEnv } from '../admin/admin-env.ts';
import { type AuditInput, recordAudit } from '../audit/record.ts';
import { requireRole, requireSignedIn } from '../auth/require-auth.ts';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '../auth/session-store.ts';
import { NotFound } from '../http/errors.ts';
import { ids, validate } from '../http/validate.ts';
import { findBoard, insertBoard, listBoards, renameBoard } from '../sites/boards.ts';
import { findPartner, insertPartner, listPartners, updatePartner } from '../sites/partners.ts';
import {
  addSite,
  listSites,
  PartnerKindSchema,
  SITE_NOT_SAVED,
  SiteInputSchema,
  SitePatchSchema,
  siteSnippet,
  updateSite,
} from '../sites/site-admin.ts';
import { findSiteByKey, type SiteWithNames } from '../sites/site-queries.ts';

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
const PartnerCreate = z.strictObject({ name: Text('partner name', 200), kind: PartnerKindSchema });
const PartnerUpdate = PartnerCreate.partial();
/** A site key in a path; anything else cannot be a site. */
const SiteKeyParam = z.object({ key: z.string().regex(/^[a-z0-9-]{1,64}$/) });
const siteBody = { detail: SITE_NOT_SAVED };

/** Records what the signed-in admin did (who, from where, when). */
const audit = (c: Context<SignedInEnv>, event: Omit<AuditInput, 'actor' | 'address' | 'at'>) =>
  recordAudit(c.var.deps.db, {
    ...event,
    actor: c.var.auth.user.id,
    address: c.var.address,
    at: c.var.deps.now(),
  });

const boardView = (b: BoardRow) => ({
  id: b.id,
  slug: b.slug,
  name: b.name,
  createdAt: b.created_at,
});
const partnerView = (p: PartnerRow) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  createdAt: p.created_at,
});

/**
 * Heard's public address, for snippets: the configured one, else the address Heard listens on,
 * never the request's Host header, which a proxy or a forged request can set (as set-up links).
 */
const publicBase = (c: Context<SignedInEnv>) => c.var.deps.config.linkBase;

function siteView(base: string, s: SiteWithNames) {
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

/** Boards, partners, sites and deployment settings (docs/admin-api.md). */
export const adminOrganisationRoutes = new Hono<AdminEnv>()
  .get('/admin/api/boards', requireSignedIn(), async (c) => {
    const rows = await listBoards(c.var.deps.db, c.var.auth.boardIds);
    return c.json({ items: rows.map(boardView) });
  })
  .post('/admin/api/boards', admin, validate('json', BoardCreate), async (c) => {
    const { db, now } = c.var.deps;
    const board = await insertBoard(db, c.req.valid('json'), now());
    await audit(c, {
      action: 'board.created',
      objectType: 'board',
      objectId: board.id,
      boardId: board.id,
      detail: { slug: board.slug },
    });
    return c.json(boardView(board), 201);
  })
  .put(
    '/admin/api/boards/:id',
    admin,
    validate('json', BoardUpdate),
    validate('param', ids('id'), { notFound: 'Board not found' }),
    async (c) => {
      const { db } = c.var.deps;
      const { name } = c.req.valid('json');
      const board = await findBoard(db, c.req.valid('param').id);
      if (!board) throw new NotFound('Board not found');
      await renameBoard(db, board.id, name);
      await audit(c, {
        action: 'board.updated',
        objectType: 'board',
        objectId: board.id,
        boardId: board.id,
      });
      return c.json(boardView({ ...board, name }));
    },
  )

  .get('/admin/api/partners', admin, async (c) => {
    const rows = await listPartners(c.var.deps.db);
    return c.json({ items: rows.map(partnerView) });
  })
  .post('/admin/api/partners', admin, validate('json', PartnerCreate), async (c) => {
    const { db, now } = c.var.deps;
    const partner = await insertPartner(db, c.req.valid('json'), now());
    await audit(c, { action: 'partner.created', objectType: 'partner', objectId: partner.id });
    return c.json(partnerView(partner), 201);
  })
  .put(
    '/admin/api/partners/:id',
    admin,
    validate('json', PartnerUpdate),
    validate('param', ids('id'), { notFound: 'Partner not found' }),
    async (c) => {
      const { db } = c.var.deps;
      const change = c.req.valid('json');
      const partner = await findPartner(db, c.req.valid('param').id);
      if (!partner) throw new NotFound('Partner not found');
      if (Object.keys(change).length === 0) return c.json(partnerView(partner));
      await updatePartner(db, partner.id, change);
      await audit(c, { action: 'partner.updated', objectType: 'partner', objectId: partner.id });
      return c.json(partnerView({ ...partner, ...change }));
    },
  )

  .get('/admin/api/sites', requireSignedIn(), async (c) => {
    const { auth } = c.var;
    const boards = new Set(auth.boardIds);
    const sites = (await listSites(c.var.deps.db)).filter((s) => boards.has(s.board_id));
    if (auth.user.role === 'admin') {
      const base = publicBase(c);
      return c.json({ items: sites.map((s) => siteView(base, s)) });
    }
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
  .get(
    '/admin/api/sites/:key',
    admin,
    validate('param', SiteKeyParam, { notFound: 'Site not found' }),
    async (c) => {
      const site = await findSiteByKey(c.var.deps.db, c.req.valid('param').key);
      if (!site) throw new NotFound('Site not found');
      return c.json(siteView(publicBase(c), site));
    },
  )
  .post('/admin/api/sites', admin, validate('json', SiteInputSchema, siteBody), async (c) => {
    const { db, now } = c.var.deps;
    const site = await addSite(db, c.req.valid('json'), now());
    await audit(c, {
      action: 'site.created',
      objectType: 'site',
      objectId: site.id,
      boardId: site.board_id,
      detail: { key: site.key },
    });
    return c.json(siteView(publicBase(c), site), 201);
  })
  .put(
    '/admin/api/sites/:key',
    admin,
    validate('json', SitePatchSchema, siteBody),
    validate('param', SiteKeyParam, { notFound: 'Site not found' }),
    async (c) => {
      const { db, now } = c.var.deps;
      const { key } = c.req.valid('param');
      const patch = c.req.valid('json');
      if (!(await findSiteByKey(db, key))) throw new NotFound('Site not found');
      const site = await updateSite(db, key, patch, now());
      await audit(c, {
        action: 'site.updated',
        objectType: 'site',
        objectId: site.id,
        boardId: site.board_id,
        detail: { key: site.key, fields: Object.keys(patch) },
      });
      return c.json(siteView(publicBase(c), site));
    },
  )

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
