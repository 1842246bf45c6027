import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { StoryRow } from '../../db/schema.ts';
import { CONSENT_PURPOSES } from '../../domain/vocabulary.ts';
import type { AdminEnv, AuthContext } from '../admin/admin-env.ts';
import { conflict, idParam, notFound, readJson } from '../admin/read-json.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRecentAuth, requireRole } from '../auth/require-auth.ts';
import { problem } from '../http/problem.ts';
import { CuratedInputSchema, normaliseForQuote } from '../moderation/curated-input.ts';
import {
  CHECK_OUTCOMES,
  DECIDED_STATUSES,
  DEFAULT_QUEUE_STATUSES,
  isStoryStatus,
  OPEN_STATUSES,
} from '../moderation/statuses.ts';
import { queueItems, storyDetail } from '../moderation/story-view.ts';
import { storyUses } from '../moderation/uses.ts';
import { runLeftLibraryHooks } from '../withdrawal/hooks.ts';
import { withdrawConsents, withdrawStory } from '../withdrawal/withdraw-story.ts';

const ReasonSchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(3, 'Say why, in a few words')
    .max(500, 'Keep the reason to 500 characters or fewer'),
});
const CheckSchema = z
  .strictObject({
    outcome: z.enum(CHECK_OUTCOMES, 'Choose the outcome of the safeguarding check'),
    note: z.string().trim().max(2000, 'The note must be 2,000 characters or fewer').optional(),
    escalatedTo: z
      .string()
      .trim()
      .max(200, 'Keep "escalated to" to 200 characters or fewer')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'escalated') {
      if (!v.escalatedTo)
        ctx.addIssue({
          code: 'custom',
          path: ['escalatedTo'],
          message: 'Enter who it was escalated to',
        });
      if (!v.note)
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'Enter a note about the escalation',
        });
    }
  });
const ConsentWithdrawSchema = z.strictObject({
  purposes: z.array(z.enum(CONSENT_PURPOSES)).min(1, 'Choose at least one use to withdraw'),
  reason: ReasonSchema.shape.reason,
});
const Empty = z.strictObject({});

const coordinator = requireRole('coordinator');
const auth = (c: Context<AdminEnv>) => c.var.auth as AuthContext;

/** The story if it belongs to one of the user's Boards; otherwise undefined (a 404: no leak). */
async function accessibleStory(c: Context<AdminEnv>): Promise<StoryRow | undefined> {
  const id = idParam(c, 'id');
  if (id === undefined) return undefined;
  const { boardIds } = auth(c);
  if (boardIds.length === 0) return undefined;
  return c.var.deps.db
    .selectFrom('story')
    .selectAll()
    .where('id', '=', id)
    .where('board_id', 'in', boardIds)
    .executeTakeFirst();
}

async function detailResponse(c: Context<AdminEnv>, storyId: number) {
  const { deps } = c.var;
  const story = await deps.db
    .selectFrom('story')
    .selectAll()
    .where('id', '=', storyId)
    .executeTakeFirstOrThrow();
  return c.json(await storyDetail(deps.db, deps.sealer, story, deps.now()));
}

/** Approve or reject: the story's new status and who decided, when and why, in one place. */
async function recordDecision(
  trx: Db,
  d: {
    storyId: number;
    status: 'approved' | 'rejected';
    by: number;
    at: string;
    rejectionReason: string | null;
  },
): Promise<void> {
  await trx
    .updateTable('story')
    .set({ status: d.status, updated_at: d.at })
    .where('id', '=', d.storyId)
    .execute();
  const decision = { rejection_reason: d.rejectionReason, decided_by: d.by, decided_at: d.at };
  await trx
    .insertInto('moderation')
    .values({ story_id: d.storyId, assigned_user_id: null, ...decision })
    .onConflict((oc) => oc.column('story_id').doUpdateSet(decision))
    .execute();
}

async function ensureModeration(c: Context<AdminEnv>, storyId: number) {
  await c.var.deps.db
    .insertInto('moderation')
    .values({
      story_id: storyId,
      assigned_user_id: null,
      rejection_reason: null,
      decided_by: null,
      decided_at: null,
    })
    .onConflict((oc) => oc.column('story_id').doNothing())
    .execute();
}

const audit = (
  c: Context<AdminEnv>,
  story: StoryRow,
  action: string,
  detail?: Record<string, unknown>,
) =>
  recordAudit(c.var.deps.db, {
    actor: auth(c).user.id,
    action,
    objectType: 'story',
    objectId: story.id,
    boardId: story.board_id,
    address: c.var.address,
    detail,
    at: c.var.deps.now(),
  });

const QueueQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [...DEFAULT_QUEUE_STATUSES],
    )
    .refine((list) => list.every(isStoryStatus), 'Unknown status'),
  site: z.coerce.number().int().positive().optional(),
  board: z.coerce.number().int().positive().optional(),
  urgent: z.enum(['true', 'false']).optional(),
  assigned: z.enum(['me', 'none']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** The moderation queue and everything a coordinator does to one story (docs/admin-api.md). */
export const adminStoryRoutes = new Hono<AdminEnv>()
  .get('/admin/api/stories', coordinator, async (c) => {
    const { deps } = c.var;
    const parsed = QueueQuery.safeParse(c.req.query());
    if (!parsed.success) {
      return problem(c, {
        status: 422,
        title: 'Some filters need checking',
        errors: parsed.error.issues.map((i) => ({
          field: i.path.join('.'),
          pointer: `#/${i.path.join('/')}`,
          detail: i.message,
        })),
      });
    }
    const q = parsed.data;
    const boardIds = q.board ? auth(c).boardIds.filter((b) => b === q.board) : auth(c).boardIds;
    if (boardIds.length === 0)
      return c.json({ items: [], page: q.page, pageSize: q.pageSize, total: 0 });
    let query = deps.db
      .selectFrom('story')
      .leftJoin('moderation', 'moderation.story_id', 'story.id')
      .where('story.board_id', 'in', boardIds)
      .where('story.status', 'in', q.status);
    if (q.site) query = query.where('story.site_id', '=', q.site);
    if (q.urgent) query = query.where('story.urgent', '=', q.urgent === 'true' ? 1 : 0);
    if (q.assigned === 'me')
      query = query.where('moderation.assigned_user_id', '=', auth(c).user.id);
    if (q.assigned === 'none') query = query.where('moderation.assigned_user_id', 'is', null);
    const { total } = await query
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const stories = await query
      .selectAll('story')
      .orderBy('story.urgent', 'desc')
      .orderBy('story.received_at', 'asc')
      .orderBy('story.id', 'asc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return c.json({
      items: await queueItems(deps.db, stories, deps.now()),
      page: q.page,
      pageSize: q.pageSize,
      total: Number(total),
    });
  })

  .get('/admin/api/stories/:id', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    return detailResponse(c, story.id);
  })

  .post('/admin/api/stories/:id/assign', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, Empty);
    if (!body.ok) return body.response;
    if (!OPEN_STATUSES.includes(story.status as never)) {
      return conflict(
        c,
        'This story is not in the queue',
        `It is ${story.status}. Reopen it first to work on it.`,
      );
    }
    const { deps } = c.var;
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('moderation')
        .values({
          story_id: story.id,
          assigned_user_id: auth(c).user.id,
          rejection_reason: null,
          decided_by: null,
          decided_at: null,
        })
        .onConflict((oc) =>
          oc.column('story_id').doUpdateSet({ assigned_user_id: auth(c).user.id }),
        )
        .execute();
      await trx
        .updateTable('story')
        .set({ status: 'in_review', updated_at: deps.now().toISOString() })
        .where('id', '=', story.id)
        .execute();
      await recordAudit(trx, {
        actor: auth(c).user.id,
        action: 'story.assigned',
        objectType: 'story',
        objectId: story.id,
        boardId: story.board_id,
        address: c.var.address,
        detail: { previousStatus: story.status },
        at: deps.now(),
      });
    });
    return detailResponse(c, story.id);
  })

  .post('/admin/api/stories/:id/unassign', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, Empty);
    if (!body.ok) return body.response;
    await ensureModeration(c, story.id);
    await c.var.deps.db
      .updateTable('moderation')
      .set({ assigned_user_id: null })
      .where('story_id', '=', story.id)
      .execute();
    await audit(c, story, 'story.unassigned');
    return detailResponse(c, story.id);
  })

  .post('/admin/api/stories/:id/original', coordinator, requireRecentAuth(), async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, ReasonSchema);
    if (!body.ok) return body.response;
    if (story.status === 'withdrawn' || story.story_sealed === null) {
      return conflict(
        c,
        'The original text has been deleted',
        'The person withdrew their story, so its text no longer exists.',
      );
    }
    const { sealer } = c.var.deps;
    // Audited before the text leaves the server: no opening goes unrecorded (issue 4).
    await audit(c, story, 'story.original_opened', { reason: body.data.reason });
    return c.json({
      story: sealer.openOptional(story.story_sealed, 'story.story'),
      wantedOutcome: sealer.openOptional(story.wanted_outcome_sealed, 'story.wanted_outcome'),
      helpedMost: sealer.openOptional(story.helped_most_sealed, 'story.helped_most'),
      shouldChange: sealer.openOptional(story.should_change_sealed, 'story.should_change'),
    });
  })

  .post('/admin/api/stories/:id/contact', coordinator, requireRecentAuth(), async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, ReasonSchema);
    if (!body.ok) return body.response;
    const { db, sealer } = c.var.deps;
    const contact = await db
      .selectFrom('contact')
      .selectAll()
      .where('story_id', '=', story.id)
      .executeTakeFirst();
    if (!contact) return notFound(c, 'No contact details');
    await audit(c, story, 'story.contact_opened', { reason: body.data.reason });
    return c.json({
      method: contact.method,
      name: sealer.openOptional(contact.name_sealed, 'contact.name'),
      email: sealer.openOptional(contact.email_sealed, 'contact.email'),
      phone: sealer.openOptional(contact.phone_sealed, 'contact.phone'),
      safeToLeaveMessage: contact.safe_to_leave_message === 1,
    });
  })

  .post('/admin/api/stories/:id/check', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, CheckSchema);
    if (!body.ok) return body.response;
    if (story.status === 'withdrawn') {
      return conflict(c, 'This story was withdrawn', 'A withdrawn story cannot be changed.');
    }
    const { db, sealer, now } = c.var.deps;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('safeguarding_check')
        .values({
          story_id: story.id,
          outcome: body.data.outcome,
          escalated_to_sealed: sealer.sealOptional(
            body.data.escalatedTo,
            'safeguarding_check.escalated_to',
          ),
          note_sealed: sealer.sealOptional(body.data.note, 'safeguarding_check.note'),
          recorded_by: auth(c).user.id,
          recorded_at: now().toISOString(),
        })
        .execute();
      await recordAudit(trx, {
        actor: auth(c).user.id,
        action: 'story.checked',
        objectType: 'story',
        objectId: story.id,
        boardId: story.board_id,
        address: c.var.address,
        detail: { outcome: body.data.outcome },
        at: now(),
      });
    });
    return detailResponse(c, story.id);
  })

  .put('/admin/api/stories/:id/curated', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, CuratedInputSchema);
    if (!body.ok) return body.response;
    if (!['new', 'in_review'].includes(story.status)) {
      return conflict(
        c,
        'This story cannot be edited now',
        story.status === 'quarantined'
          ? 'Take the story first: it is marked as suspected spam.'
          : `It is ${story.status}. Reopen it first to change the curated story.`,
      );
    }
    const { db, now } = c.var.deps;
    const input = body.data;
    const errors: { field: string; pointer: string; detail: string }[] = [];
    const uses = await storyUses(db, story.id, now());
    if (input.quotes.length > 0 && !uses.includes('quote')) {
      errors.push({
        field: 'quotes',
        pointer: '#/quotes',
        detail: 'The person did not agree to be quoted word for word, so remove the quotes',
      });
    }
    const text = normaliseForQuote(input.text);
    input.quotes.forEach((quote, i) => {
      if (!text.includes(normaliseForQuote(quote))) {
        errors.push({
          field: `quotes.${i}`,
          pointer: `#/quotes/${i}`,
          detail: 'Each quote must appear word for word in the anonymised story',
        });
      }
    });
    if (input.tags.themeIds.length > 0) {
      const existing = await db
        .selectFrom('curated_tag')
        .select('code')
        .where('story_id', '=', story.id)
        .where('kind', '=', 'theme')
        .execute();
      const already = new Set(existing.map((e) => Number(e.code)));
      const themes = await db
        .selectFrom('local_theme')
        .select(['id', 'retired_at'])
        .where('board_id', '=', story.board_id)
        .where('id', 'in', input.tags.themeIds)
        .execute();
      const usable = new Set(
        themes.filter((t) => t.retired_at === null || already.has(t.id)).map((t) => t.id),
      );
      input.tags.themeIds.forEach((id, i) => {
        if (!usable.has(id))
          errors.push({
            field: `tags.themeIds.${i}`,
            pointer: `#/tags/themeIds/${i}`,
            detail: 'Choose a current local theme of this Board',
          });
      });
    }
    if (errors.length > 0) {
      return problem(c, {
        status: 422,
        title: 'Some entries need checking',
        detail: 'The curated story was not saved.',
        errors,
      });
    }
    const at = now().toISOString();
    await db.transaction().execute(async (trx) => {
      const row = {
        board_id: story.board_id,
        title: input.title,
        summary: input.summary,
        text: input.text,
        redactions: JSON.stringify(input.redactions),
        quotes: JSON.stringify(input.quotes),
        updated_by: auth(c).user.id,
        updated_at: at,
        approved_by: null,
        approved_at: null,
      };
      await trx
        .insertInto('curated_story')
        .values({ story_id: story.id, ...row })
        .onConflict((oc) => oc.column('story_id').doUpdateSet(row))
        .execute();
      await trx.deleteFrom('curated_tag').where('story_id', '=', story.id).execute();
      const tags = [
        ...input.tags.principles.map((code) => ({ kind: 'principle', code })),
        ...input.tags.wellbeingAreas.map((code) => ({ kind: 'wellbeing', code })),
        ...input.tags.harmKinds.map((code) => ({ kind: 'harm', code })),
        ...input.tags.mspSteps.map((n) => ({ kind: 'msp_step', code: String(n) })),
        ...input.tags.themeIds.map((id) => ({ kind: 'theme', code: String(id) })),
      ];
      if (tags.length > 0) {
        await trx
          .insertInto('curated_tag')
          .values(tags.map((t) => ({ story_id: story.id, ...t })))
          .execute();
      }
      if (story.status === 'new') {
        await trx
          .updateTable('story')
          .set({ status: 'in_review', updated_at: at })
          .where('id', '=', story.id)
          .execute();
      }
      await recordAudit(trx, {
        actor: auth(c).user.id,
        action: 'story.curated_saved',
        objectType: 'story',
        objectId: story.id,
        boardId: story.board_id,
        address: c.var.address,
        detail: {
          redactions: input.redactions.length,
          suggested: input.redactions.filter((r) => r.source === 'suggested').length,
          quotes: input.quotes.length,
          tags: tags.length,
        },
        at: now(),
      });
    });
    return detailResponse(c, story.id);
  })

  .post('/admin/api/stories/:id/approve', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, Empty);
    if (!body.ok) return body.response;
    const { db, now } = c.var.deps;
    if (!['new', 'in_review'].includes(story.status)) {
      return conflict(c, 'This story cannot be approved now', `It is ${story.status}.`);
    }
    const check = await db
      .selectFrom('safeguarding_check')
      .select('id')
      .where('story_id', '=', story.id)
      .executeTakeFirst();
    if (!check) {
      return conflict(
        c,
        'Record the safeguarding check first',
        'Every story needs a safeguarding check before it is approved.',
      );
    }
    const curated = await db
      .selectFrom('curated_story')
      .select('story_id')
      .where('story_id', '=', story.id)
      .executeTakeFirst();
    if (!curated) {
      return conflict(
        c,
        'Save the curated story first',
        'Approve the anonymised version: save a title, summary and anonymised text first.',
      );
    }
    const uses = await storyUses(db, story.id, now());
    if (!uses.some((u) => u === 'board' || u === 'training' || u === 'publish')) {
      return conflict(
        c,
        'There is no consent to use this story',
        'The person did not agree (or no longer agrees) to share it with the Board, use it in training or publish it. It still counts in the statistics.',
      );
    }
    const at = now().toISOString();
    await db.transaction().execute(async (trx) => {
      await recordDecision(trx, {
        storyId: story.id,
        status: 'approved',
        by: auth(c).user.id,
        at,
        rejectionReason: null,
      });
      await trx
        .updateTable('curated_story')
        .set({ approved_at: at, approved_by: auth(c).user.id })
        .where('story_id', '=', story.id)
        .execute();
      await recordAudit(trx, {
        actor: auth(c).user.id,
        action: 'story.approved',
        objectType: 'story',
        objectId: story.id,
        boardId: story.board_id,
        address: c.var.address,
        detail: { uses },
        at: now(),
      });
    });
    return detailResponse(c, story.id);
  })

  .post('/admin/api/stories/:id/reject', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, ReasonSchema);
    if (!body.ok) return body.response;
    const { db, now } = c.var.deps;
    if (!OPEN_STATUSES.includes(story.status as never)) {
      return conflict(c, 'This story cannot be rejected now', `It is ${story.status}.`);
    }
    if (story.urgent === 1) {
      const check = await db
        .selectFrom('safeguarding_check')
        .select('id')
        .where('story_id', '=', story.id)
        .executeTakeFirst();
      if (!check) {
        return conflict(
          c,
          'Record the safeguarding check first',
          'This story is urgent: record the safeguarding check before it leaves the queue.',
        );
      }
    }
    const at = now().toISOString();
    await db.transaction().execute(async (trx) => {
      await recordDecision(trx, {
        storyId: story.id,
        status: 'rejected',
        by: auth(c).user.id,
        at,
        rejectionReason: body.data.reason,
      });
      await recordAudit(trx, {
        actor: auth(c).user.id,
        action: 'story.rejected',
        objectType: 'story',
        objectId: story.id,
        boardId: story.board_id,
        address: c.var.address,
        detail: { reason: body.data.reason, previousStatus: story.status },
        at: now(),
      });
    });
    return detailResponse(c, story.id);
  })

  .post('/admin/api/stories/:id/reopen', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, Empty);
    if (!body.ok) return body.response;
    if (!DECIDED_STATUSES.includes(story.status as never)) {
      return conflict(c, 'This story cannot be reopened', `It is ${story.status}.`);
    }
    const { db, now } = c.var.deps;
    const at = now().toISOString();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('story')
        .set({ status: 'in_review', updated_at: at })
        .where('id', '=', story.id)
        .execute();
      await trx
        .updateTable('curated_story')
        .set({ approved_at: null, approved_by: null })
        .where('story_id', '=', story.id)
        .execute();
      if (story.status === 'approved') await runLeftLibraryHooks(trx, story.id, 'reopened');
      await recordAudit(trx, {
        actor: auth(c).user.id,
        action: 'story.reopened',
        objectType: 'story',
        objectId: story.id,
        boardId: story.board_id,
        address: c.var.address,
        detail: { previousStatus: story.status },
        at: now(),
      });
    });
    return detailResponse(c, story.id);
  })

  .post('/admin/api/stories/:id/consents/withdraw', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, ConsentWithdrawSchema);
    if (!body.ok) return body.response;
    if (story.status === 'withdrawn')
      return conflict(c, 'This story was withdrawn', 'Nothing is left to withdraw.');
    const { db, now } = c.var.deps;
    await withdrawConsents(db, story.id, body.data.purposes, {
      actor: auth(c).user.id,
      address: c.var.address,
      now: now(),
      via: 'staff',
      reason: body.data.reason,
    });
    return detailResponse(c, story.id);
  })

  .post('/admin/api/stories/:id/withdraw', coordinator, async (c) => {
    const story = await accessibleStory(c);
    if (!story) return notFound(c, 'Story not found');
    const body = await readJson(c, ReasonSchema);
    if (!body.ok) return body.response;
    if (story.status === 'withdrawn')
      return conflict(c, 'This story was already withdrawn', 'Nothing is left to withdraw.');
    const { db, now } = c.var.deps;
    await withdrawStory(db, story.id, {
      actor: auth(c).user.id,
      address: c.var.address,
      now: now(),
      via: 'staff',
      reason: body.data.reason,
    });
    return detailResponse(c, story.id);
  });
