import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Stands in for the address of a request that came with no socket (in-process `app.request`). */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The address a request really came from, for rate limiting. The socket's peer address, unless
 * `trustProxy` proxies sit in front of Heard: then the entry those proxies appended to
 * `X-Forwarded-For` (counted from the right, because everything to its left is whatever the
 * client chose to send). A rotating forged header therefore never changes the key (docs/stack-notes.md).
 */
export function clientAddress(c: Context, trustProxy: number): string {
  let socket: string | undefined;
  try {
    socket = getConnInfo(c).remote.address;
  } catch {
    socket = undefined;
  }
  let address = socket;
  if (trustProxy > 0 && socket) {
    const forwarded = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
    const candidate = forwarded[forwarded.length - trustProxy];
    if (candidate && isIP(normaliseAddress(candidate))) address = candidate;
  }
  return address ? rateLimitKey(address) : UNKNOWN_ADDRESS;
}

function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/**
 * The bucket an address counts against: an IPv4 address as it is; an IPv6 address by its /64
 * prefix, because one household or phone is given a whole /64 and could rotate within it.
 */
export function rateLimitKey(address: string): string {
  const plain = normaliseAddress(address);
  if (isIP(plain) !== 6) return plain;
  const [head = '', tail = ''] = plain.toLowerCase().split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const missing = 8 - headParts.length - tailParts.length;
  const groups = plain.includes('::')
    ? [...headParts, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailParts]
    : headParts;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
