import { Inject, Injectable } from '@nestjs/common';
import { AppError, RateLimiter, type RateLimit } from '@puente/platform';
import { createHash } from 'node:crypto';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';

/** A counted slot that can be given back when the guarded step succeeded. */
export interface LimitReservation {
  release(): Promise<void>;
}

interface Counted {
  limit: RateLimit;
  key: string;
  /** The request field the limit is about, named in the 429's detail. */
  field?: string;
}

/**
 * Identity's per-purpose limits, on top of the global per-client floor. Each is counted in Redis
 * (RateLimiter: one atomic check-and-increment) before the work it protects, so parallel requests
 * cannot all slip through a check that nobody has counted yet. Over a limit: 429 RATE_LIMITED with
 * Retry-After and a detail naming the limit. Addresses are hashed in keys: Redis holds no e-mails.
 */
@Injectable()
export class AbuseLimits {
  private readonly signInPerAccount: RateLimit;
  private readonly signInPerIp: RateLimit;
  private readonly emailsPerAddress: RateLimit;
  private readonly emailsPerIp: RateLimit;
  private readonly signUpsPerIp: RateLimit;

  constructor(
    private readonly limiter: RateLimiter,
    @Inject(IDENTITY_SETTINGS) settings: IdentitySettings,
  ) {
    const { signInFailures, accountEmails, signUps } = settings.limits;
    this.signInPerAccount = { name: 'sign_in_failures_per_account', max: signInFailures.perAccount, windowSeconds: signInFailures.windowSeconds };
    this.signInPerIp = { name: 'sign_in_failures_per_ip', max: signInFailures.perIp, windowSeconds: signInFailures.windowSeconds };
    this.emailsPerAddress = { name: 'account_emails_per_address', max: accountEmails.perAddress, windowSeconds: accountEmails.windowSeconds };
    this.emailsPerIp = { name: 'account_emails_per_ip', max: accountEmails.perIp, windowSeconds: accountEmails.windowSeconds };
    this.signUpsPerIp = { name: 'sign_ups_per_ip', max: signUps.perIp, windowSeconds: signUps.windowSeconds };
  }

  /**
   * Reserves a failed-sign-in slot for the account and the IP before the password is checked; the
   * caller releases it when the password was right. So at most `max` wrong guesses are ever checked.
   */
  beforePasswordCheck(email: string, ip: string | null, field = 'email'): Promise<LimitReservation> {
    return this.consumeAll([
      { limit: this.signInPerAccount, key: addressKey(email), field },
      ...(ip ? [{ limit: this.signInPerIp, key: ip }] : []),
    ]);
  }

  /** Counts a verification or reset e-mail to `email` asked for from `ip` (counted whether or not an account exists). */
  async beforeAccountEmail(email: string, ip: string | null, field = 'email'): Promise<void> {
    await this.consumeAll([
      { limit: this.emailsPerAddress, key: addressKey(email), field },
      ...(ip ? [{ limit: this.emailsPerIp, key: ip }] : []),
    ]);
  }

  /** Counts a sign-up from `ip`, and the e-mail it sends to `email` (a verification or a notice). */
  async beforeSignUp(email: string, ip: string | null): Promise<void> {
    await this.consumeAll([
      ...(ip ? [{ limit: this.signUpsPerIp, key: ip }] : []),
      { limit: this.emailsPerAddress, key: addressKey(email), field: 'user.email' },
    ]);
  }

  /** Consumes each in order; when one refuses, the ones already counted are given back. */
  private async consumeAll(counters: Counted[]): Promise<LimitReservation> {
    const taken: Counted[] = [];
    const release = async () => {
      await Promise.all(taken.map((counted) => this.limiter.release(counted.limit, counted.key)));
    };
    for (const counted of counters) {
      const decision = await this.limiter.consume(counted.limit, counted.key);
      if (!decision.allowed) {
        await release();
        throw rateLimited(counted, decision.retryAfterSeconds);
      }
      taken.push(counted);
    }
    return { release };
  }
}

function addressKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

function rateLimited(counted: Counted, retryAfterSeconds: number): AppError {
  const { name, max, windowSeconds } = counted.limit;
  return new AppError('RATE_LIMITED', {
    headers: { 'Retry-After': String(retryAfterSeconds) },
    details: [
      {
        ...(counted.field ? { field: counted.field } : {}),
        issue: name,
        message: `at most ${max} per ${windowSeconds} seconds; retry after ${retryAfterSeconds} seconds`,
      },
    ],
  });
}
