import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** One limit: at most `max` counted events per `windowSeconds`, per key. */
export interface RateLimit {
  /** Names the limit in keys, logs and the 429's detail, e.g. `sign_in_failures_per_account`. */
  name: string;
  max: number;
  windowSeconds: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the window ends (at least 1 when refused; 0 when the counter was not reached). */
  retryAfterSeconds: number;
}

/**
 * Check and increment in one step, so parallel callers cannot all pass a check before any of them
 * counts (the race of "GET, compare, INCR"). A refused call does not count: the window is not
 * extended by someone hammering a closed door. The window starts at the first counted event.
 */
const CONSUME = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local max = tonumber(ARGV[1])
if current >= max then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    ttl = tonumber(ARGV[2])
  end
  return {0, ttl}
end
current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {1, redis.call('PTTL', KEYS[1])}
`;

/** Gives back one counted event, never below zero (a refund after the guarded step turned out fine). */
const RELEASE = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current > 0 then redis.call('DECR', KEYS[1]) end
return 0
`;

/**
 * Fixed-window counters in Redis, shared by every API instance, for limits with a purpose
 * (failed sign-ins per account, reset e-mails per address, ...).
 *
 * It runs on the connection it is given, whose key prefix keeps deployments apart. It fails open:
 * when Redis cannot answer, the call is allowed and a warning is logged. A limit that takes the
 * whole product down with Redis would be a worse outage than a short unlimited window, and
 * readiness already turns 503 so that the load balancer drains the instance.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  /** Counts one event for `key` under `limit` if the limit allows it. */
  async consume(limit: RateLimit, key: string): Promise<RateLimitDecision> {
    try {
      const [allowed, ttlMs] = (await this.redis.eval(CONSUME, 1, this.key(limit, key), limit.max, limit.windowSeconds * 1000)) as [number, number];
      return { allowed: allowed === 1, retryAfterSeconds: allowed === 1 ? 0 : Math.max(1, Math.ceil(ttlMs / 1000)) };
    } catch (error) {
      this.logger.warn({ err: error, limit: limit.name }, 'rate limit not checked, Redis unavailable');
      return { allowed: true, retryAfterSeconds: 0 };
    }
  }

  /** Returns one event counted by `consume`; best effort. */
  async release(limit: RateLimit, key: string): Promise<void> {
    try {
      await this.redis.eval(RELEASE, 1, this.key(limit, key));
    } catch (error) {
      this.logger.warn({ err: error, limit: limit.name }, 'rate limit slot not released, Redis unavailable');
    }
  }

  private key(limit: RateLimit, key: string): string {
    return `ratelimit:${limit.name}:${key}`;
  }
}
