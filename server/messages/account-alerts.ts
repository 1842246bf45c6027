import type { Db } from '../../db/client.ts';
import type { Sealer } from '../crypto/sealer.ts';
import { enqueueMessages } from './outbox.ts';
import { adminLink, ukTime } from './staff-text.ts';

type AlertDeps = { sealer: Sealer; config: { linkBase: string } };

/**
 * An account looks under attack (issue 13): every active admin is told, once per episode (the
 * throttle raises `account.under_attack` once until the episode ends; the dedupe key also names
 * the time, so a replay of the same event queues nothing twice). Call inside the transaction
 * that records the audit event. No address, and no email of the account: a link to it.
 */
export async function queueAccountAttack(
  db: Db,
  deps: AlertDeps,
  target: { userId: number; at: Date },
): Promise<number> {
  const admins = await db
    .selectFrom('user')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .execute();
  const link = adminLink(deps.config.linkBase, `/admin/users/${target.userId}`);
  const body = [
    `Sign-ins to a Heard staff account have failed many times, so further attempts from new browsers are being slowed down. This started on ${ukTime(target.at)}.`,
    '',
    'Someone may be guessing its password. Check the account, and unlock it if its owner is locked out:',
    link,
  ].join('\n');
  return enqueueMessages(
    db,
    deps,
    admins.map((a) => ({
      kind: 'account_attack' as const,
      channel: 'email' as const,
      recipient: { kind: 'user' as const, userId: a.id },
      subject: 'Heard: a staff account may be under attack',
      body,
      dedupeKey: `account_attack:account:${target.userId}:at:${target.at.toISOString()}:user:${a.id}`,
      now: target.at,
    })),
  );
}

/**
 * A full sign-in to someone's account from a browser without its device cookie (one that has
 * not signed in to this account before, or has cleared its cookies): the person is told, so a
 * sign-in that was not them does not go unnoticed. Not for the account's very first sign-in.
 */
export async function queueNewDevice(
  db: Db,
  deps: AlertDeps,
  sign: { userId: number; firstSignIn: boolean; device: string | null; at: Date },
): Promise<number> {
  if (sign.firstSignIn || sign.device !== null) return 0;
  const body = [
    `Someone signed in to your Heard account on ${ukTime(sign.at)} from a browser that had not signed in to it before.`,
    '',
    'If this was you, there is nothing to do.',
    'If it was not you, change your password now and use "Sign out everywhere" on your account page:',
    adminLink(deps.config.linkBase, '/admin/account'),
  ].join('\n');
  return enqueueMessages(db, deps, [
    {
      kind: 'new_device',
      channel: 'email',
      recipient: { kind: 'user', userId: sign.userId },
      subject: 'Heard: a new sign-in to your account',
      body,
      dedupeKey: `new_device:user:${sign.userId}:at:${sign.at.toISOString()}`,
      now: sign.at,
    },
  ]);
}
