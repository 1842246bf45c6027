import { recordAudit } from '../audit/record.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import { isRole, ROLES } from '../auth/roles.ts';
import { endUserSessions } from '../auth/session-store.ts';
import { createSetupToken, setupUrl } from '../auth/setup-tokens.ts';
import {
  allUsers,
  createUser,
  EmailInUseError,
  findUserByEmail,
  setUserDisabled,
  userBoards,
} from '../auth/users.ts';
import { type CliCommand, UsageError } from './command.ts';

const HELP = `user add --email EMAIL --role ${ROLES.join('|')} [--board SLUG ...] [--name TEXT] [--password-stdin]
       user list
       user disable --email EMAIL
       user enable --email EMAIL
       user link --email EMAIL        (a new one-time set-up link to choose a password)
       user unlock --email EMAIL      (lift the sign-in delay after failed attempts)

  Without --password-stdin, prints a one-time set-up link (72 hours) for the person to choose
  their own password. Coordinators and Board secretaries need at least one --board.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v])
    .filter((x): x is string => typeof x === 'string')
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);

/** `npm run heard -- user ...`: staff accounts from the command line (issue 4). */
export const userCommand: CliCommand = {
  name: 'user',
  summary: 'Add, list, disable, enable or unlock staff accounts; issue set-up links.',
  usage: HELP,
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    board: { type: 'string', multiple: true },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  run: async (args, ctx) => {
    const [sub] = args.positionals;
    const v = args.values;
    const deps = await ctx.deps();
    const now = deps.now();
    const base = deps.config.linkBase;
    if (sub === 'list') {
      const users = await allUsers(deps.db);
      if (users.length === 0) ctx.out('No staff accounts yet.');
      for (const u of users) {
        const boards = (await userBoards(deps.db, u)).map((b) => b.slug);
        ctx.out(
          `${u.email}  ${u.role}  ${u.role === 'admin' ? 'all Boards' : boards.join(',') || '(no Board)'}  ${u.disabled ? 'DISABLED' : 'active'}  2FA ${u.totp_enabled ? 'on' : 'off'}${u.password_hash ? '' : '  (set-up link not used yet)'}`,
        );
      }
      return 0;
    }
    const email = str(v.email);
    if (!email) throw new UsageError('Give --email.');
    if (sub === 'add') {
      const role = str(v.role) ?? '';
      if (!isRole(role)) throw new UsageError(`--role must be one of: ${ROLES.join(', ')}.`);
      const slugs = list(v.board);
      const boards = slugs.length
        ? await deps.db
            .selectFrom('board')
            .select(['id', 'slug'])
            .where('slug', 'in', slugs)
            .execute()
        : [];
      const missing = slugs.filter((s) => !boards.some((b) => b.slug === s));
      if (missing.length) throw new UsageError(`No Board with the slug ${missing.join(', ')}.`);
      if (role !== 'admin' && boards.length === 0)
        throw new UsageError('A coordinator or Board secretary needs at least one --board SLUG.');
      let passwordHash: string | null = null;
      if (v['password-stdin']) {
        const password = await readStdin();
        const rule = passwordProblem(password, email);
        if (rule) throw new UsageError(rule);
        passwordHash = await hashPassword(password);
      }
      try {
        const user = await createUser(deps.db, {
          email,
          name: str(v.name) ?? null,
          role,
          boardIds: boards.map((b) => b.id),
          passwordHash,
          now,
        });
        await recordAudit(deps.db, {
          actor: 'system',
          action: 'user.created',
          objectType: 'user',
          objectId: user.id,
          detail: { role, boardIds: boards.map((b) => b.id), via: 'cli' },
          at: now,
        });
        ctx.out(`Added ${user.email} (${role}).`);
        if (!passwordHash) {
          const token = await createSetupToken(deps.db, { userId: user.id, now });
          ctx.out('Send them this one-time link to choose their password (valid 72 hours):');
          ctx.out(setupUrl(base, token));
        }
        return 0;
      } catch (error) {
        if (error instanceof EmailInUseError)
          throw new UsageError(`${email} already has an account.`);
        throw error;
      }
    }
    const user = await findUserByEmail(deps.db, email);
    if (!user) throw new UsageError(`There is no account for ${email}.`);
    if (sub === 'disable' || sub === 'enable') {
      await setUserDisabled(deps.db, user.id, sub === 'disable', now);
      if (sub === 'disable') await endUserSessions(deps.db, user.id);
      await recordAudit(deps.db, {
        actor: 'system',
        action: sub === 'disable' ? 'user.disabled' : 'user.enabled',
        objectType: 'user',
        objectId: user.id,
        detail: { via: 'cli' },
        at: now,
      });
      ctx.out(
        `${user.email} is now ${sub === 'disable' ? 'disabled (signed out everywhere)' : 'enabled'}.`,
      );
      return 0;
    }
    if (sub === 'unlock') {
      // The running server applies this audited event on its next sign-in attempt (0063).
      await recordAudit(deps.db, {
        actor: 'system',
        action: 'user.unlocked',
        objectType: 'user',
        objectId: user.id,
        detail: { via: 'cli' },
        at: now,
      });
      ctx.out(`${user.email} may sign in again without waiting.`);
      return 0;
    }
    if (sub === 'link') {
      const token = await createSetupToken(deps.db, { userId: user.id, now });
      await recordAudit(deps.db, {
        actor: 'system',
        action: 'user.setup_link',
        objectType: 'user',
        objectId: user.id,
        detail: { via: 'cli' },
        at: now,
      });
      ctx.out(setupUrl(base, token));
      return 0;
    }
    throw new UsageError(`Unknown sub-command "${sub ?? ''}".`);
  },
};
