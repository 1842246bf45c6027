import { describe, expect, it } from 'vitest';
import { rateLimitKey } from '../../server/middleware/client-address.ts';
import { createTokenBuckets } from '../../server/middleware/rate-limit.ts';

describe('token buckets', () => {
  it('allows a burst of the capacity and then asks the sender to wait', () => {
    const buckets = createTokenBuckets({ perHour: 60, capacity: 3 });
    expect([0, 1, 2].map(() => buckets.take('a', 0))).toEqual([0, 0, 0]);
    expect(buckets.take('a', 0)).toBe(60);
  });

  it('refills at the hourly rate', () => {
    const buckets = createTokenBuckets({ perHour: 60, capacity: 1 });
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 30_000)).toBe(30);
    expect(buckets.take('a', 61_000)).toBe(0);
  });

  it('keeps separate allowances for separate keys', () => {
    const buckets = createTokenBuckets({ perHour: 60, capacity: 1 });
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBeGreaterThan(0);
    expect(buckets.take('b', 0)).toBe(0);
  });

  it('remembers at most maxKeys addresses however many an attacker rotates through', () => {
    const buckets = createTokenBuckets({ perHour: 60, capacity: 1, maxKeys: 1000 });
    for (let i = 0; i < 100_000; i++) buckets.take(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, 0);
    expect(buckets.size()).toBe(1000);
  });

  it('forgets the least recently used key first', () => {
    const buckets = createTokenBuckets({ perHour: 60, capacity: 1, maxKeys: 2 });
    buckets.take('a', 0);
    buckets.take('b', 0);
    buckets.take('a', 0);
    buckets.take('c', 0);
    // "a" was used more recently than "b", so "a" is still limited and "b" starts afresh.
    expect(buckets.take('a', 0)).toBeGreaterThan(0);
    expect(buckets.take('b', 0)).toBe(0);
  });

  it('is off when the hourly allowance is 0', () => {
    const buckets = createTokenBuckets({ perHour: 0, capacity: 1 });
    for (let i = 0; i < 100; i++) expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.size()).toBe(0);
  });
});

describe('rate limit keys', () => {
  it('keeps an IPv4 address and unwraps an IPv4-mapped IPv6 one', () => {
    expect(rateLimitKey('192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('groups IPv6 addresses by their /64 prefix', () => {
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
  });
});
