import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError } from '@puente/platform';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';

/** The app's fail-fast Redis connection for request-time counters. */
export const IDENTITY_REDIS = Symbol('IDENTITY_REDIS');

/**
 * Counts failed sign-ins per account and per IP in Redis, so the limit holds across API instances.
 * Like the rate limiter it fails open when Redis cannot answer, logging a warning.
 */
@Injectable()
export class SignInThrottle {
  private readonly log = new Logger('SignInThrottle');

  constructor(
    @Inject(IDENTITY_REDIS) private readonly redis: Redis,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const { perAccount, perIp } = this.settings.signInThrottle;
    const keys = this.keys(email, ip);
    try {
      const counts = await this.redis.mget(keys.account, keys.ip ?? keys.account);
      const blocked = Number(counts[0] ?? 0) >= perAccount || (keys.ip !== null && Number(counts[1] ?? 0) >= perIp);
      if (!blocked) return;
      const ttl = await this.redis.pttl(Number(counts[0] ?? 0) >= perAccount ? keys.account : (keys.ip as string));
      throw new AppError('SIGN_IN_THROTTLED', { headers: { 'Retry-After': String(Math.max(1, Math.ceil(ttl / 1000))) } });
    } catch (error) {
      if (error instanceof AppError) throw error;
      this.log.warn(`sign-in throttle not checked, Redis unavailable: ${(error as Error).message}`);
    }
  }

  async recordFailure(email: string, ip: string | null): Promise<void> {
    const keys = this.keys(email, ip);
    const windowMs = this.settings.signInThrottle.windowSeconds * 1000;
    try {
      const pipeline = this.redis.multi();
      for (const key of [keys.account, keys.ip].filter((key): key is string => key !== null)) {
        pipeline.incr(key);
        pipeline.pexpire(key, windowMs, 'NX');
      }
      await pipeline.exec();
    } catch (error) {
      this.log.warn(`sign-in failure not counted, Redis unavailable: ${(error as Error).message}`);
    }
  }

  async reset(email: string): Promise<void> {
    await this.redis.del(this.keys(email, null).account).catch(() => undefined);
  }

  private keys(email: string, ip: string | null) {
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
    return { account: `signin-fail:account:${account}`, ip: ip ? `signin-fail:ip:${ip}` : null };
  }
}
