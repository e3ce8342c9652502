import { Injectable, Logger, type ExecutionContext } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';

/**
 * Limits are counted in Redis so they hold across instances. When Redis cannot answer
 * (its client fails fast), requests are let through rather than failing: readiness already
 * reports the outage, and an unreachable counter should not take the whole API down.
 */
@Injectable()
export class FailOpenThrottlerGuard extends ThrottlerGuard {
  private readonly log = new Logger('RateLimit');

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await super.canActivate(context);
    } catch (error) {
      if (error instanceof ThrottlerException) throw error;
      this.log.warn(`rate limit not checked, Redis unavailable: ${(error as Error).message}`);
      return true;
    }
  }
}
