import type { Db } from '../../db/client.ts';

export const DEMO_SITE_KEY = 'demo';
export const DEMO_BOARD_SLUG = 'demo-sab';

/**
 * Seeds a demo Board, partner and site (key `demo`) into an empty database, so a first
 * `npm start` has something to show. Does nothing when any Board exists.
 */
export async function seedDemo(
  db: Db,
  options: { allowedOrigins: string[]; now?: Date },
): Promise<boolean> {
  const existing = await db.selectFrom('board').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const now = (options.now ?? new Date()).toISOString();
  await db.transaction().execute(async (trx) => {
    const board = await trx
      .insertInto('board')
      .values({ slug: DEMO_BOARD_SLUG, name: 'Demo Safeguarding Adults Board', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const partner = await trx
      .insertInto('partner')
      .values({ name: 'Demo Borough Council', kind: 'council', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('site')
      .values({
        key: DEMO_SITE_KEY,
        name: 'Demo Borough Council website',
        partner_id: partner.id,
        board_id: board.id,
        allowed_origins: JSON.stringify(options.allowedOrigins),
        safeguarding_contact_name: 'the Demo Borough adult safeguarding team',
        // Ofcom's drama numbers: never a real line.
        safeguarding_phone: '020 7946 0000',
        safeguarding_url: 'https://www.gov.uk/report-abuse-vulnerable-adult',
        emergency_text: null,
        quick_exit_url: 'https://www.bbc.co.uk/weather',
        languages: JSON.stringify(['en']),
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  });
  return true;
}
