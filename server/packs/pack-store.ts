import type { Db } from '../../db/client.ts';
import type { PackRow } from '../../db/schema.ts';
import { Conflict, NotFound } from '../http/errors.ts';
import { type MessageDeps, tellStorytellers } from '../messages/hear-back.ts';
import { type RefusedStory, refusalErrors, refusedStories } from './pack-guards.ts';
import { buildPackModel, type PackModel } from './pack-model.ts';

export type PackFields = {
  title: string;
  meetingDate: string;
  periodFrom: string;
  periodTo: string;
  priorities: string;
  principles: string[];
  caveats: string;
};

export type PackStoryInput = { storyId: number; tellsUs: string; questions: string };

export async function createPack(
  db: Db,
  args: { boardId: number; userId: number; fields: PackFields; now: Date },
): Promise<number> {
  const at = args.now.toISOString();
  const f = args.fields;
  const row = await db
    .insertInto('pack')
    .values({
      board_id: args.boardId,
      title: f.title,
      meeting_date: f.meetingDate,
      period_from: f.periodFrom,
      period_to: f.periodTo,
      priorities: f.priorities,
      principles: JSON.stringify(f.principles),
      caveats: f.caveats,
      status: 'draft',
      created_by: args.userId,
      created_at: at,
      updated_at: at,
      issued_by: null,
      issued_at: null,
      snapshot: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findPack(
  db: Db,
  boardId: number,
  packId: number,
): Promise<PackRow | undefined> {
  return db
    .selectFrom('pack')
    .selectAll()
    .where('id', '=', packId)
    .where('board_id', '=', boardId)
    .executeTakeFirst();
}

/** A pack of this Board; NotFound ("Pack not found") when there is none or it is another's. */
export async function packOfBoard(db: Db, boardId: number, packId: number): Promise<PackRow> {
  const pack = await findPack(db, boardId, packId);
  if (!pack) throw new NotFound('Pack not found');
  return pack;
}

/** The pack's content as the admin screens and exports show it (buildPackModel). */
export async function packContent(db: Db, packId: number, now: Date): Promise<PackModel> {
  const model = await buildPackModel(db, packId, now);
  if (!model) throw new NotFound('Pack not found');
  return model;
}

/**
 * A draft pack of this Board, for a change: NotFound as packOfBoard, and Conflict when it has
 * been issued (an issued pack is the record of what the Board saw).
 */
export async function draftPackOfBoard(db: Db, boardId: number, packId: number): Promise<PackRow> {
  const pack = await packOfBoard(db, boardId, packId);
  if (pack.status !== 'draft') {
    throw new Conflict(
      'This pack has been issued',
      'An issued pack is the record of what the Board saw and cannot change. Start a new pack instead.',
    );
  }
  return pack;
}

export async function updatePackFields(
  db: Db,
  packId: number,
  fields: PackFields,
  now: Date,
): Promise<void> {
  await db
    .updateTable('pack')
    .set({
      title: fields.title,
      meeting_date: fields.meetingDate,
      period_from: fields.periodFrom,
      period_to: fields.periodTo,
      priorities: fields.priorities,
      principles: JSON.stringify(fields.principles),
      caveats: fields.caveats,
      updated_at: now.toISOString(),
    })
    .where('id', '=', packId)
    .where('status', '=', 'draft')
    .execute();
}

/**
 * Replaces a draft pack's stories (in the given order) after passing every one through the pack
 * gate; refuses the whole change, naming each refused story, if any fails. Atomic.
 */
export async function setPackStories(
  db: Db,
  args: { pack: PackRow; stories: PackStoryInput[]; now: Date },
): Promise<{ ok: true } | { ok: false; refused: RefusedStory[] }> {
  return db.transaction().execute(async (trx) => {
    const refused = await refusedStories(
      trx,
      args.stories.map((s) => s.storyId),
      args.pack.board_id,
      args.now,
    );
    if (refused.length > 0) return { ok: false, refused };
    await trx.deleteFrom('pack_story').where('pack_id', '=', args.pack.id).execute();
    if (args.stories.length > 0) {
      await trx
        .insertInto('pack_story')
        .values(
          args.stories.map((s, i) => ({
            pack_id: args.pack.id,
            story_id: s.storyId,
            position: i + 1,
            tells_us: s.tellsUs,
            questions: s.questions,
          })),
        )
        .execute();
    }
    await trx
      .updateTable('pack')
      .set({ updated_at: args.now.toISOString() })
      .where('id', '=', args.pack.id)
      .where('status', '=', 'draft')
      .execute();
    return { ok: true };
  });
}

/**
 * Chooses a draft pack's stories (setPackStories); when any is refused, a Conflict naming each
 * at `stories.N.storyId` with its code (docs/admin-api.md), and nothing changes.
 */
export async function choosePackStories(
  db: Db,
  args: { pack: PackRow; stories: PackStoryInput[]; now: Date },
): Promise<void> {
  const result = await setPackStories(db, args);
  if (result.ok) return;
  throw new Conflict(
    'Some stories cannot go in a Board pack',
    'Nothing was changed. A story needs the person’s current permission to share it with the Board and an approved anonymised version.',
    { errors: refusalErrors(result.refused, (i) => `stories.${i}.storyId`) },
  );
}

/**
 * Issues a draft pack: rebuilds its content through the pack gate (so nothing withdrawn a moment
 * ago slips in), then freezes that content as the snapshot with who issued it and when. After
 * this the database refuses any change to the pack (trigger `pack_issued_frozen`). Issuing is
 * when a story is used in a Board pack: the teller of each story in it who asked to hear back is
 * told, once per pack (decision 0093).
 */
export async function issuePack(
  db: Db,
  args: {
    packId: number;
    userId: number;
    issuerName: string;
    now: Date;
    address: string | null;
    messages: MessageDeps;
  },
): Promise<PackModel> {
  return db.transaction().execute(async (trx) => {
    const model = await buildPackModel(trx, args.packId, args.now);
    if (!model) throw new Error('pack vanished');
    const at = args.now.toISOString();
    const frozen: PackModel = {
      ...model,
      status: 'issued',
      issuedAt: at,
      issuedBy: args.issuerName,
    };
    await trx
      .updateTable('pack')
      .set({
        status: 'issued',
        issued_at: at,
        issued_by: args.userId,
        snapshot: JSON.stringify(frozen),
        updated_at: at,
      })
      .where('id', '=', args.packId)
      .where('status', '=', 'draft')
      .execute();
    await tellStorytellers(
      trx,
      args.messages,
      frozen.stories.map((s) => s.storyId),
      {
        news: { kind: 'hear_back_pack', meetingDate: frozen.meetingDate },
        eventKey: `hear_back_pack:pack:${args.packId}`,
        actor: args.userId,
        address: args.address,
        now: args.now,
      },
    );
    return frozen;
  });
}

export type PackSummary = {
  id: number;
  title: string;
  meetingDate: string;
  status: string;
  storyCount: number;
  updatedAt: string;
  issuedAt: string | null;
};

export async function listPacks(db: Db, boardId: number): Promise<PackSummary[]> {
  const rows = await db
    .selectFrom('pack')
    .leftJoin('pack_story', 'pack_story.pack_id', 'pack.id')
    .select([
      'pack.id',
      'pack.title',
      'pack.meeting_date',
      'pack.status',
      'pack.updated_at',
      'pack.issued_at',
      'pack.snapshot',
      (eb) => eb.fn.count<number>('pack_story.story_id').as('n'),
    ])
    .where('pack.board_id', '=', boardId)
    .groupBy('pack.id')
    .orderBy('pack.meeting_date', 'desc')
    .orderBy('pack.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    meetingDate: r.meeting_date,
    status: r.status,
    storyCount:
      r.status === 'issued' && r.snapshot
        ? (JSON.parse(r.snapshot) as PackModel).stories.length
        : Number(r.n),
    updatedAt: r.updated_at,
    issuedAt: r.issued_at,
  }));
}
