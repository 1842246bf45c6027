import { Hono } from 'hono';
import { z } from 'zod';
import { MESSAGE_KINDS, MESSAGE_STATUSES } from '../../domain/outbox.ts';
import type { AdminEnv, SignedInEnv } from '../admin/admin-env.ts';
import { requireRole } from '../auth/require-auth.ts';
import { ids, validate } from '../http/validate.ts';
import { changeMessage } from '../messages/message-actions.ts';
import { listMessages, listStoryMessages, type MessageViewer } from '../messages/message-list.ts';
import { actingStaff } from './acting-staff.ts';
import { coordinator, Empty, storyOfPath } from './admin-stories/story-access.ts';

const MessagesQuery = z.object({
  status: z.enum(MESSAGE_STATUSES).optional(),
  kind: z.enum(MESSAGE_KINDS).optional(),
  board: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** Admins see every message; coordinators their Boards' and their own; secretaries none. */
const messageReaders = requireRole('admin', 'coordinator');
const messageParam = validate('param', ids('id'), { notFound: 'Message not found' });

const viewerOf = (c: { var: SignedInEnv['Variables'] }): MessageViewer => ({
  userId: c.var.auth.user.id,
  role: c.var.auth.user.role,
  boardIds: c.var.auth.boardIds,
});

/** The outbox, as staff see and act on it (issue 13; docs/admin-api.md "Messages"). */
export const adminMessageRoutes = new Hono<AdminEnv>()
  .get('/admin/api/messages', messageReaders, validate('query', MessagesQuery), async (c) => {
    const { db, config, now } = c.var.deps;
    const { page, pageSize, ...filters } = c.req.valid('query');
    const found = await listMessages(db, viewerOf(c), filters, { page, pageSize }, now());
    return c.json({
      items: found.items,
      page,
      pageSize,
      total: found.total,
      counts: found.counts,
      lastSentAt: found.lastSentAt,
      oldestWaitingAt: found.oldestWaitingAt,
      transports: config.messaging?.transports ?? [],
    });
  })
  .post(
    '/admin/api/messages/:id/stop',
    messageReaders,
    messageParam,
    validate('json', Empty),
    async (c) =>
      c.json(
        await changeMessage(
          c.var.deps.db,
          viewerOf(c),
          c.req.valid('param').id,
          'stop',
          actingStaff(c),
        ),
      ),
  )
  .post(
    '/admin/api/messages/:id/retry',
    messageReaders,
    messageParam,
    validate('json', Empty),
    async (c) =>
      c.json(
        await changeMessage(
          c.var.deps.db,
          viewerOf(c),
          c.req.valid('param').id,
          'retry',
          actingStaff(c),
        ),
      ),
  )
  .post(
    '/admin/api/messages/:id/send-now',
    messageReaders,
    messageParam,
    validate('json', Empty),
    async (c) =>
      c.json(
        await changeMessage(
          c.var.deps.db,
          viewerOf(c),
          c.req.valid('param').id,
          'sendNow',
          actingStaff(c),
        ),
      ),
  )
  // Scoped like the story itself: coordinators of its Board (admins do not read stories).
  .get('/admin/api/stories/:id/messages', coordinator, ...storyOfPath, async (c) => {
    const { db, now } = c.var.deps;
    return c.json({ items: await listStoryMessages(db, viewerOf(c), c.var.story.id, now()) });
  });
