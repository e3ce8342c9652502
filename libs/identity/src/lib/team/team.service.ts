import { Inject, Injectable } from '@nestjs/common';
import { NotificationService, teamInvitation, teamRoleChanged } from '@puente/notifications';
import { AppError, Clock } from '@puente/platform';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Invitation } from '../entities/invitation.entity';
import { Organization } from '../entities/organization.entity';
import { Membership, type MembershipRole } from '../entities/membership.entity';
import { User } from '../entities/user.entity';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';
import type { Principal, RequestOrigin } from '../principal';
import { SessionService } from '../sessions/session.service';
import { findInTenantOrFail, inTenant } from '../tenant-scope';

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  emailVerified: boolean;
  joinedAt: string;
}

export interface InvitationView {
  id: string;
  email: string;
  role: MembershipRole;
  expiresAt: string;
  createdAt: string;
}

@Injectable()
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  async listMembers(principal: Principal): Promise<MemberView[]> {
    const rows: Array<{ user_id: string; name: string; email: string; role: MembershipRole; email_verified_at: Date | null; created_at: Date }> =
      await this.dataSource.query(
        `SELECT m.user_id, u.name, u.email, m.role, u.email_verified_at, m.created_at
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 ORDER BY m.created_at, u.email`,
        [principal.organizationId],
      );
    return rows.map((row) => ({
      userId: row.user_id,
      name: row.name,
      email: row.email,
      role: row.role,
      emailVerified: row.email_verified_at !== null,
      joinedAt: row.created_at.toISOString(),
    }));
  }

  async invite(principal: Principal, email: string, role: MembershipRole, origin: RequestOrigin): Promise<InvitationView> {
    const existing = await this.dataSource.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
    if (existing) throw new AppError('ALREADY_MEMBER', { details: [{ field: 'email', issue: 'registered', message: 'email already has an account' }] });
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const invitation = await manager.save(
        manager.create(Invitation, {
          organizationId: principal.organizationId,
          email: email.trim(),
          role,
          invitedBy: principal.userId,
          createdAt: now,
          expiresAt: new Date(now.getTime() + this.settings.invitationTtlDays * 86_400_000),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      const organization = await manager.findOneByOrFail(Organization, { id: principal.organizationId });
      // The invitee has no account yet: the notice goes to the address, in the organization's language.
      await this.notifications.notifyWithDeferredParams(
        manager,
        teamInvitation,
        [{ email: invitation.email, language: organization.language, timeZone: organization.timeZone }],
        { invitationId: invitation.id },
      );
      await this.record(manager, principal, origin, 'team.invitation_created', { type: 'invitation', id: invitation.id }, undefined, { email: invitation.email, role });
      return invitationView(invitation);
    });
  }

  async listInvitations(principal: Principal): Promise<InvitationView[]> {
    const invitations = await this.dataSource.getRepository(Invitation).find({
      where: inTenant<Invitation>(principal, { acceptedAt: IsNull(), revokedAt: IsNull() }),
      order: { createdAt: 'DESC' },
    });
    const now = this.clock.now();
    return invitations.filter((invitation) => invitation.expiresAt > now).map(invitationView);
  }

  async revokeInvitation(principal: Principal, invitationId: string, origin: RequestOrigin): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await findInTenantOrFail(manager, Invitation, principal, { id: invitationId }, 'invitationId');
      if (invitation.acceptedAt || invitation.revokedAt) return;
      await manager.update(Invitation, { id: invitation.id }, { revokedAt: this.clock.now() });
      await this.record(manager, principal, origin, 'team.invitation_revoked', { type: 'invitation', id: invitation.id });
    });
  }

  async changeRole(principal: Principal, userId: string, role: MembershipRole, origin: RequestOrigin): Promise<MemberView[]> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockedMembership(manager, principal, userId);
      if (membership.role === role) return;
      if (membership.role === 'owner') await this.assertAnotherOwner(manager, principal.organizationId, userId);
      await manager.update(Membership, { userId }, { role });
      const organization = await manager.findOneByOrFail(Organization, { id: principal.organizationId });
      await this.notifications.notify(manager, teamRoleChanged, [{ userId }], { organizationName: organization.name, role, changedBy: principal.name });
      await this.record(manager, principal, origin, 'team.role_changed', { type: 'user', id: userId }, { role: membership.role }, { role });
    });
    return this.listMembers(principal);
  }

  /** An owner removes someone, or anyone leaves; the last owner cannot. The account is closed with it. */
  async removeMember(principal: Principal, userId: string, origin: RequestOrigin): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockedMembership(manager, principal, userId);
      if (membership.role === 'owner') await this.assertAnotherOwner(manager, principal.organizationId, userId);
      await this.sessions.revokeAllForUser(manager, userId);
      const user = await manager.findOneByOrFail(User, { id: userId });
      await this.record(manager, principal, origin, userId === principal.userId ? 'team.member_left' : 'team.member_removed', { type: 'user', id: userId }, { email: user.email, role: membership.role });
      await manager.delete(User, { id: userId });
    });
  }

  async transferOwnership(principal: Principal, toUserId: string, origin: RequestOrigin): Promise<MemberView[]> {
    if (toUserId === principal.userId) {
      throw new AppError('VALIDATION_FAILED', { details: [{ field: 'userId', issue: 'self', message: 'userId must be another member' }] });
    }
    await this.dataSource.transaction(async (manager) => {
      const target = await this.lockedMembership(manager, principal, toUserId);
      await manager.update(Membership, { userId: target.userId }, { role: 'owner' });
      await manager.update(Membership, { userId: principal.userId }, { role: 'member' });
      await this.record(manager, principal, origin, 'team.ownership_transferred', { type: 'user', id: toUserId }, { owner: principal.userId, targetRole: target.role }, { owner: toUserId });
    });
    return this.listMembers(principal);
  }

  /** Row lock on the organization's memberships, so two owners cannot demote each other at once. */
  private async lockedMembership(manager: EntityManager, principal: Principal, userId: string): Promise<Membership> {
    await manager.query('SELECT 1 FROM memberships WHERE organization_id = $1 FOR UPDATE', [principal.organizationId]);
    return findInTenantOrFail(manager, Membership, principal, { userId }, 'userId');
  }

  private async assertAnotherOwner(manager: EntityManager, organizationId: string, exceptUserId: string): Promise<void> {
    const [{ owners }] = await manager.query(
      `SELECT count(*)::int AS owners FROM memberships WHERE organization_id = $1 AND role = 'owner' AND user_id <> $2`,
      [organizationId, exceptUserId],
    );
    if (owners === 0) throw new AppError('LAST_OWNER');
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    origin: RequestOrigin,
    action: string,
    target: { type: string; id: string },
    before?: Record<string, unknown>,
    after?: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      action,
      actor: { userId: principal.userId, organizationId: principal.organizationId },
      organizationId: principal.organizationId,
      target,
      before,
      after,
      ip: origin.ip,
    });
  }
}

function invitationView(invitation: Invitation): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
