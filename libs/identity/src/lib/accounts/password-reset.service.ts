import { Injectable } from '@nestjs/common';
import { accountPasswordChanged, accountPasswordReset, NotificationService } from '@puente/notifications';
import { Clock } from '@puente/platform';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Membership } from '../entities/membership.entity';
import { User } from '../entities/user.entity';
import { AbuseLimits } from '../limits/abuse-limits';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordAcceptable } from '../passwords/password-policy';
import type { RequestOrigin } from '../principal';
import { SessionService } from '../sessions/session.service';
import { UserTokenService } from '../tokens/user-token.service';

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: UserTokenService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly limits: AbuseLimits,
  ) {}

  /**
   * The caller always gets the same answer, so it cannot learn whether an account exists; the
   * per-address limit is counted before the look-up for the same reason.
   */
  async request(email: string, origin: RequestOrigin): Promise<void> {
    await this.limits.beforeAccountEmail(email, origin.ip);
    const user = await this.dataSource.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
    if (!user || user.suspendedAt) return;
    await this.dataSource.transaction(async (manager) => {
      const record = await this.tokens.create(manager, user.id, 'password_reset');
      await this.notifications.notifyWithDeferredParams(manager, accountPasswordReset, [{ userId: user.id }], { tokenId: record.id });
    });
  }

  /** Sets the new password and ends every session of the account. */
  async confirm(token: string, newPassword: string, origin: RequestOrigin): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const record = await this.tokens.consume(manager, token, 'password_reset');
      const user = await manager.findOneByOrFail(User, { id: record.userId });
      assertPasswordAcceptable(newPassword, user.email, 'newPassword');
      const now = this.clock.now();
      // Following the link proves the address too.
      await manager.update(User, { id: user.id }, { passwordHash: await this.hasher.hash(newPassword), emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now });
      await this.sessions.revokeAllForUser(manager, user.id);
      await this.notifications.notify(manager, accountPasswordChanged, [{ userId: user.id }], { name: user.name, changedAt: now.toISOString() });
      const membership = await manager.findOneBy(Membership, { userId: user.id });
      await this.audit.record(manager, {
        action: 'account.password_reset',
        actor: { userId: user.id, organizationId: membership?.organizationId ?? null },
        organizationId: membership?.organizationId ?? null,
        target: { type: 'user', id: user.id },
        ip: origin.ip,
      });
    });
  }
}
