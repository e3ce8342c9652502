import { Injectable } from '@nestjs/common';
import { accountEmailVerification, NotificationService } from '@puente/notifications';
import { Clock } from '@puente/platform';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Membership } from '../entities/membership.entity';
import { AbuseLimits } from '../limits/abuse-limits';
import { User } from '../entities/user.entity';
import type { Principal, RequestOrigin } from '../principal';
import { UserTokenService } from '../tokens/user-token.service';

@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: UserTokenService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly limits: AbuseLimits,
  ) {}

  async verify(token: string, origin: RequestOrigin): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const record = await this.tokens.consume(manager, token, 'email_verification');
      await manager.update(User, { id: record.userId }, { emailVerifiedAt: this.clock.now(), updatedAt: this.clock.now() });
      const membership = await manager.findOneBy(Membership, { userId: record.userId });
      await this.audit.record(manager, {
        action: 'account.email_verified',
        actor: { userId: record.userId, organizationId: membership?.organizationId ?? null },
        organizationId: membership?.organizationId ?? null,
        target: { type: 'user', id: record.userId },
        ip: origin.ip,
      });
    });
  }

  /** Sends a fresh link; earlier ones stay valid until they expire. Nothing to do once verified. */
  async resend(principal: Principal, origin: RequestOrigin): Promise<void> {
    if (principal.emailVerified) return;
    await this.limits.beforeAccountEmail(principal.email, origin.ip);
    await this.dataSource.transaction(async (manager) => {
      const record = await this.tokens.create(manager, principal.userId, 'email_verification');
      await this.notifications.notifyWithDeferredParams(manager, accountEmailVerification, [{ userId: principal.userId }], { tokenId: record.id });
    });
  }
}
