import { Injectable } from '@nestjs/common';
import { AppError, Clock } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Membership } from '../entities/membership.entity';
import { Organization } from '../entities/organization.entity';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';
import type { Principal, RequestOrigin } from '../principal';

/**
 * Admin suspension of a user or a whole organization. Refresh tokens are revoked at once, and
 * every request re-reads the account state, so access ends with the next request: the window is
 * zero, not the access token's 15 minutes.
 */
@Injectable()
export class SuspensionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async setUserSuspended(admin: Principal, userId: string, suspended: boolean, reason: string | undefined, origin: RequestOrigin): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id: userId });
      if (!user) throw notFound('userId');
      if (user.id === admin.userId) throw new AppError('CONFLICT', { details: [{ field: 'userId', issue: 'self', message: 'admins cannot suspend themselves' }] });
      const membership = await manager.findOneBy(Membership, { userId });
      await manager.update(User, { id: userId }, { suspendedAt: suspended ? this.clock.now() : null, updatedAt: this.clock.now() });
      if (suspended) await this.revokeTokens(manager, [userId]);
      await this.audit.record(manager, {
        action: suspended ? 'admin.user_suspended' : 'admin.user_unsuspended',
        actor: { userId: admin.userId, organizationId: admin.organizationId },
        organizationId: membership?.organizationId ?? null,
        target: { type: 'user', id: userId },
        before: { suspended: user.suspendedAt !== null },
        after: { suspended, ...(reason ? { reason } : {}) },
        ip: origin.ip,
      });
    });
  }

  async setOrganizationSuspended(
    admin: Principal,
    organizationId: string,
    suspended: boolean,
    reason: string | undefined,
    origin: RequestOrigin,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneBy(Organization, { id: organizationId });
      if (!organization) throw notFound('organizationId');
      if (organization.kind === 'platform') {
        throw new AppError('CONFLICT', { details: [{ field: 'organizationId', issue: 'platform', message: 'the platform organization cannot be suspended' }] });
      }
      await manager.update(Organization, { id: organizationId }, { suspendedAt: suspended ? this.clock.now() : null });
      if (suspended) {
        const members = await manager.findBy(Membership, { organizationId });
        await this.revokeTokens(manager, members.map((member) => member.userId));
      }
      await this.audit.record(manager, {
        action: suspended ? 'admin.organization_suspended' : 'admin.organization_unsuspended',
        actor: { userId: admin.userId, organizationId: admin.organizationId },
        organizationId,
        target: { type: 'organization', id: organizationId },
        before: { suspended: organization.suspendedAt !== null },
        after: { suspended, ...(reason ? { reason } : {}) },
        ip: origin.ip,
      });
    });
  }

  private async revokeTokens(manager: EntityManager, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: this.clock.now() })
      .where('user_id IN (:...userIds) AND revoked_at IS NULL', { userIds })
      .execute();
  }
}

function notFound(field: string): AppError {
  return new AppError('NOT_FOUND', { details: [{ field, issue: 'not_found', message: `${field} not found` }] });
}
