import { resealWithLoadedKeys, rotateKeyFile } from '../admin/rotate-keys.ts';
import { recordAudit } from '../audit/record.ts';
import { runningServerPid } from '../backup/restore-database.ts';
import { type CliCommand, UsageError } from './command.ts';

/**
 * `npm run heard -- rotate-key`: a new data key, and every sealed value re-sealed with it
 * (docs/operations.md, "Rotating the data key"). With HEARD_DATA_KEY set, the key lives outside
 * Heard: set the new key there, list the old one in heard-data.old-keys, then run this with
 * --reseal-only.
 */
export const rotateKeyCommand: CliCommand = {
  name: 'rotate-key',
  summary: 'Make a new data key and re-seal every sealed value with it (server stopped).',
  usage: 'rotate-key [--reseal-only]',
  options: { 'reseal-only': { type: 'boolean' } },
  run: async (args, ctx) => {
    const dataDir = ctx.env.DATA_DIR;
    const pid = runningServerPid(dataDir);
    if (pid) {
      throw new UsageError(
        `A Heard server (pid ${pid}) is using ${dataDir}. Stop it first: it holds the old key in memory.`,
      );
    }
    const resealOnly = args.values['reseal-only'] === true;
    if (ctx.env.HEARD_DATA_KEY && !resealOnly) {
      throw new UsageError(
        [
          'HEARD_DATA_KEY is set, so the key is kept outside Heard. To rotate it:',
          "  1. Stop Heard. Make a new key: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"",
          `  2. Add the OLD key as a line of ${dataDir}/heard-data.old-keys (mode 0600).`,
          '  3. Set HEARD_DATA_KEY to the NEW key.',
          '  4. Run: npm run heard -- rotate-key --reseal-only',
        ].join('\n'),
      );
    }
    let rotated: { oldKeyId: string; newKeyId: string } | undefined;
    if (!resealOnly) rotated = rotateKeyFile(dataDir);
    const deps = await ctx.deps();
    const { currentKeyId, counts } = resealWithLoadedKeys(
      deps.sqlite,
      dataDir,
      ctx.env.HEARD_DATA_KEY,
    );
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    await recordAudit(deps.db, {
      actor: 'system',
      action: 'keys.rotated',
      detail: { newKeyId: currentKeyId, oldKeyId: rotated?.oldKeyId ?? null, resealed: total },
      at: deps.now(),
    });
    if (rotated)
      ctx.out(
        `New data key ${rotated.newKeyId}; the old key ${rotated.oldKeyId} was moved to heard-data.old-keys.`,
      );
    ctx.out(`Re-sealed ${total} values with key ${currentKeyId}.`);
    ctx.out(
      'Keep heard-data.old-keys as long as you keep backups made before today: they need the old key.',
    );
    return 0;
  },
};
