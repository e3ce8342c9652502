import { createRedisClient, RateLimiter, type RateLimit } from '@puente/platform';
import { deleteRedisKeys, freePort, memoryLogger, uniqueRedisPrefix } from '@puente/testing';
import type { Redis } from 'ioredis';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The request connection as the API builds it: fail-fast, keys under the deployment's prefix. */
function requestRedis(prefix: string, url = REDIS_URL): { redis: Redis; lines: () => Record<string, unknown>[]; limiter: RateLimiter } {
  const { logger, lines } = memoryLogger('warn');
  const redis = createRedisClient({ url, connectionName: 'rate-limiter-test', keyPrefix: `${prefix}:`, failFast: { commandTimeoutMs: 500 }, logger });
  return { redis, lines, limiter: new RateLimiter(redis, logger) };
}

/** Without an offline queue, a command sent before the connection is up fails (and the limiter would fail open). */
function ready(redis: Redis): Promise<void> {
  return redis.status === 'ready' ? Promise.resolve() : new Promise((resolve) => redis.once('ready', () => resolve()));
}

describe('RateLimiter against real Redis', () => {
  const prefix = uniqueRedisPrefix('ratelimit');
  const limit: RateLimit = { name: 'test_limit', max: 5, windowSeconds: 600 };
  let one: ReturnType<typeof requestRedis>;
  let two: ReturnType<typeof requestRedis>;

  beforeAll(async () => {
    one = requestRedis(prefix);
    two = requestRedis(prefix);
    await Promise.all([ready(one.redis), ready(two.redis)]);
  });
  afterAll(async () => {
    one.redis.disconnect();
    two.redis.disconnect();
    await deleteRedisKeys(prefix);
  });

  it('lets exactly max of 50 concurrent calls through, from two connections (two API instances) at once', async () => {
    const decisions = await Promise.all(Array.from({ length: 50 }, (_, index) => (index % 2 ? one : two).limiter.consume(limit, 'burst')));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    const refused = decisions.filter((decision) => !decision.allowed);
    expect(refused).toHaveLength(45);
    for (const decision of refused) {
      expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(decision.retryAfterSeconds).toBeLessThanOrEqual(600);
    }
  });

  it('keeps the counter under the deployment prefix, with the window as its expiry, and refusals do not count', async () => {
    const raw = (await one.redis.eval(`return {redis.call('GET', KEYS[1]), redis.call('PTTL', KEYS[1])}`, 1, 'ratelimit:test_limit:burst')) as [string, number];
    expect(raw[0]).toBe('5');
    expect(raw[1]).toBeGreaterThan(0);
    expect(raw[1]).toBeLessThanOrEqual(600_000);
    // The same key, read without the client's prefix, exists only under it.
    const bare = requestRedis('unused');
    bare.redis.options.keyPrefix = '';
    await ready(bare.redis);
    expect(await bare.redis.exists(`${prefix}:ratelimit:test_limit:burst`)).toBe(1);
    expect(await bare.redis.exists('ratelimit:test_limit:burst')).toBe(0);
    bare.redis.disconnect();
  });

  it('counts keys separately, and a released slot can be used again, never going below zero', async () => {
    expect((await one.limiter.consume(limit, 'other')).allowed).toBe(true);
    for (let index = 0; index < 4; index++) await one.limiter.consume(limit, 'other');
    expect((await one.limiter.consume(limit, 'other')).allowed).toBe(false);
    await one.limiter.release(limit, 'other');
    expect((await one.limiter.consume(limit, 'other')).allowed).toBe(true);
    expect((await one.limiter.consume(limit, 'other')).allowed).toBe(false);

    await one.limiter.release(limit, 'never-counted');
    expect(await one.redis.get('ratelimit:test_limit:never-counted')).toBeNull();
  });

  it('starts a new window when the old one has expired', async () => {
    const short: RateLimit = { name: 'short', max: 1, windowSeconds: 600 };
    expect((await one.limiter.consume(short, 'k')).allowed).toBe(true);
    expect((await one.limiter.consume(short, 'k')).allowed).toBe(false);
    // Expire the window now rather than wait for it.
    await one.redis.pexpire('ratelimit:short:k', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await one.limiter.consume(short, 'k')).allowed).toBe(true);
  });

  it('fails open with a logged warning when Redis cannot answer', async () => {
    const down = requestRedis(prefix, `redis://127.0.0.1:${await freePort()}`);
    try {
      expect(await down.limiter.consume(limit, 'burst')).toEqual({ allowed: true, retryAfterSeconds: 0 });
      expect(down.lines().some((line) => line.msg === 'rate limit not checked, Redis unavailable' && line.limit === 'test_limit')).toBe(true);
    } finally {
      down.redis.disconnect();
    }
  });
});
