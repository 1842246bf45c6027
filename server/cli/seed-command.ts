import { seedDemo } from '../seed/demo.ts';
import { generateStories } from '../seed/stories-generator.ts';
import { type CliCommand, UsageError } from './command.ts';

/** `npm run heard -- seed --stories N`: synthetic stories for development and performance checks. */
export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Add realistic synthetic stories (development and benchmarks only).',
  usage: 'seed --stories N [--board SLUG] [--approved 0.3] [--seed 1]',
  options: {
    stories: { type: 'string' },
    board: { type: 'string' },
    approved: { type: 'string' },
    seed: { type: 'string' },
  },
  run: async ({ values }, ctx) => {
    const count = Number(values.stories);
    if (!Number.isSafeInteger(count) || count < 1 || count > 5_000_000) {
      throw new UsageError('Give --stories a whole number from 1 to 5,000,000');
    }
    const approvedShare = values.approved === undefined ? 0.3 : Number(values.approved);
    if (!(approvedShare >= 0 && approvedShare <= 1))
      throw new UsageError('--approved is a share from 0 to 1');
    const deps = await ctx.deps();
    // A fresh database gets the demo Board and site first, as a first `npm start` would.
    await seedDemo(deps.db, { allowedOrigins: [] });
    const boardQuery = deps.db.selectFrom('board').select(['id', 'slug']).orderBy('id');
    const board = await (typeof values.board === 'string'
      ? boardQuery.where('slug', '=', values.board)
      : boardQuery
    ).executeTakeFirst();
    if (!board) throw new UsageError('No such Board (run npm start once to create the demo Board)');
    const sites = await deps.db
      .selectFrom('site')
      .select('id')
      .where('board_id', '=', board.id)
      .execute();
    const now = deps.now();
    // Curated stories need a curator: a disabled account that can never sign in.
    const email = 'seed-curator@heard.invalid';
    let curator = await deps.db
      .selectFrom('user')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (!curator) {
      curator = await deps.db
        .insertInto('user')
        .values({
          email,
          name: 'Synthetic data',
          role: 'coordinator',
          password_hash: null,
          totp_secret_sealed: null,
          totp_pending_sealed: null,
          disabled: 1,
          last_sign_in_at: null,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    }
    const started = performance.now();
    const made = generateStories(deps.sqlite, deps.sealer, {
      count,
      boardId: board.id,
      siteIds: sites.map((s) => s.id),
      curatorId: curator.id,
      approvedShare,
      seed: values.seed === undefined ? undefined : Number(values.seed),
      now,
    });
    const seconds = (performance.now() - started) / 1000;
    ctx.out(
      `Added ${made.toLocaleString('en-GB')} synthetic stories to ${board.slug} in ${seconds.toFixed(1)} s.`,
    );
    return 0;
  },
};
