import { Injectable } from '@nestjs/common';
import { accountPasswordChanged, NotificationService } from '@puente/notifications';
import { AppError, Clock, type Language } from '@puente/platform';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { AbuseLimits } from '../limits/abuse-limits';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordAcceptable } from '../passwords/password-policy';
import type { Principal, RequestOrigin } from '../principal';
import { SessionService } from '../sessions/session.service';
import { accountView, type AccountView } from './sign-up.service';

export interface ProfilePatch {
  name?: string;
  language?: Language;
  timeZone?: string;
}

@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditLog,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
    private readonly limits: AbuseLimits,
  ) {}

  async get(principal: Principal): Promise<AccountView> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: principal.userId });
    const organization = await this.dataSource.getRepository(Organization).findOneByOrFail({ id: principal.organizationId });
    return accountView(user, organization, principal.role);
  }

  async update(principal: Principal, patch: ProfilePatch, origin: RequestOrigin): Promise<AccountView> {
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(User, { id: principal.userId });
      const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as ProfilePatch;
      if (Object.keys(changes).length === 0) return;
      await manager.update(User, { id: principal.userId }, { ...changes, updatedAt: this.clock.now() });
      await this.audit.record(manager, {
        action: 'account.profile_updated',
        actor: { userId: principal.userId, organizationId: principal.organizationId },
        organizationId: principal.organizationId,
        target: { type: 'user', id: principal.userId },
        before: Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof ProfilePatch]])),
        after: { ...changes },
        ip: origin.ip,
      });
    });
    return this.get(principal);
  }

  /**
   * Needs the current password; other sessions of the account end, this one stays. A wrong current
   * password counts against the account's failed sign-ins, so a stolen session cannot guess freely.
   */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string, origin: RequestOrigin): Promise<void> {
    const slot = await this.limits.beforePasswordCheck(principal.email, origin.ip, 'currentPassword');
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: principal.userId })
      .getOneOrFail();
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new AppError('CURRENT_PASSWORD_INCORRECT', {
        details: [{ field: 'currentPassword', issue: 'incorrect', message: 'currentPassword is not correct' }],
      });
    }
    await slot.release();
    assertPasswordAcceptable(newPassword, user.email, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash, updatedAt: this.clock.now() });
      await this.sessions.revokeAllForUser(manager, user.id, principal.sessionId);
      await this.notifications.notify(manager, accountPasswordChanged, [{ userId: user.id }], { name: user.name, changedAt: this.clock.now().toISOString() });
      await this.audit.record(manager, {
        action: 'account.password_changed',
        actor: { userId: principal.userId, organizationId: principal.organizationId },
        organizationId: principal.organizationId,
        target: { type: 'user', id: user.id },
        ip: origin.ip,
      });
    });
  }
}
