import { Inject, Injectable } from '@nestjs/common';
import { NotificationService, teamMemberJoined } from '@puente/notifications';
import { AppError, Clock } from '@puente/platform';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { accountView, type AccountView } from '../accounts/sign-up.service';
import { Invitation } from '../entities/invitation.entity';
import { Membership } from '../entities/membership.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordAcceptable } from '../passwords/password-policy';
import type { RequestOrigin } from '../principal';
import { readToken, signToken } from '../tokens/signed-token';

const INVITATION_PURPOSE = 'invitation';

export function invitationToken(secret: string, invitationId: string): string {
  return signToken(secret, INVITATION_PURPOSE, invitationId);
}

@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  /** Creates the invitee's account in the inviting organization. Following the link proves the address. */
  async accept(token: string, input: { name: string; password: string }, origin: RequestOrigin): Promise<AccountView> {
    const id = readToken(this.settings.secret, INVITATION_PURPOSE, token);
    const invalid = () => new AppError('TOKEN_INVALID', { details: [{ field: 'token', issue: 'invalid', message: 'token is not valid or was already used' }] });
    if (!id) throw invalid();
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.getRepository(Invitation).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id }).getOne();
      if (!invitation || invitation.acceptedAt || invitation.revokedAt) throw invalid();
      const now = this.clock.now();
      if (invitation.expiresAt <= now) {
        throw new AppError('TOKEN_EXPIRED', { details: [{ field: 'token', issue: 'expired', message: `token expired at ${invitation.expiresAt.toISOString()}` }] });
      }
      assertPasswordAcceptable(input.password, invitation.email, 'password');
      const taken = await manager.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: invitation.email }).getOne();
      if (taken) throw new AppError('EMAIL_TAKEN', { details: [{ field: 'token', issue: 'taken', message: 'the invited e-mail already has an account' }] });

      const organization = await manager.findOneByOrFail(Organization, { id: invitation.organizationId });
      const user = await manager.save(
        manager.create(User, {
          email: invitation.email,
          name: input.name.trim(),
          passwordHash: await this.hasher.hash(input.password),
          language: organization.language,
          timeZone: organization.timeZone,
          emailVerifiedAt: now,
          suspendedAt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await manager.insert(Membership, { userId: user.id, organizationId: organization.id, role: invitation.role, createdAt: now });
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: now });
      const owners = await manager.findBy(Membership, { organizationId: organization.id, role: 'owner' });
      if (owners.length > 0) {
        await this.notifications.notify(
          manager,
          teamMemberJoined,
          owners.map((owner) => ({ userId: owner.userId })),
          { memberName: user.name, organizationName: organization.name, role: invitation.role },
        );
      }
      await this.audit.record(manager, {
        action: 'team.invitation_accepted',
        actor: { userId: user.id, organizationId: organization.id },
        organizationId: organization.id,
        target: { type: 'invitation', id: invitation.id },
        after: { userId: user.id, role: invitation.role },
        ip: origin.ip,
      });
      return accountView(user, organization, invitation.role);
    });
  }
}
