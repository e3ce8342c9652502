import { Inject, Injectable } from '@nestjs/common';
import { ResolvesNotificationParams } from '@puente/notifications';
import type { EntityManager } from 'typeorm';
import { Invitation } from '../entities/invitation.entity';
import { Organization } from '../entities/organization.entity';
import { UserToken } from '../entities/user-token.entity';
import { User } from '../entities/user.entity';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';
import { invitationToken } from '../team/invitation-acceptance.service';
import { signToken } from '../tokens/signed-token';

/**
 * Links with one-time tokens are never stored: notices carry the record id, and the worker rebuilds
 * the link here when it renders the e-mail (the same link on every retry).
 */
@Injectable()
export class IdentityNotificationParams {
  constructor(@Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings) {}

  @ResolvesNotificationParams('account.email-verification')
  async verification(stored: Record<string, unknown>, manager: EntityManager): Promise<Record<string, unknown>> {
    const { record, user } = await this.tokenAndUser(manager, String(stored.tokenId));
    return {
      name: user.name,
      verifyUrl: this.link('verify-email', signToken(this.settings.secret, record.purpose, record.id)),
      validHours: this.settings.emailVerificationTtlHours,
    };
  }

  @ResolvesNotificationParams('account.password-reset')
  async passwordReset(stored: Record<string, unknown>, manager: EntityManager): Promise<Record<string, unknown>> {
    const { record, user } = await this.tokenAndUser(manager, String(stored.tokenId));
    return {
      name: user.name,
      resetUrl: this.link('reset-password', signToken(this.settings.secret, record.purpose, record.id)),
      validMinutes: this.settings.passwordResetTtlMinutes,
    };
  }

  @ResolvesNotificationParams('team.invitation')
  async invitation(stored: Record<string, unknown>, manager: EntityManager): Promise<Record<string, unknown>> {
    const invitation = await manager.findOneByOrFail(Invitation, { id: String(stored.invitationId) });
    const organization = await manager.findOneByOrFail(Organization, { id: invitation.organizationId });
    const inviter = invitation.invitedBy ? await manager.findOneBy(User, { id: invitation.invitedBy }) : null;
    return {
      organizationName: organization.name,
      inviterName: inviter?.name ?? organization.name,
      role: invitation.role,
      acceptUrl: this.link('accept-invitation', invitationToken(this.settings.secret, invitation.id)),
      validDays: this.settings.invitationTtlDays,
    };
  }

  private async tokenAndUser(manager: EntityManager, tokenId: string): Promise<{ record: UserToken; user: User }> {
    const record = await manager.findOneByOrFail(UserToken, { id: tokenId });
    return { record, user: await manager.findOneByOrFail(User, { id: record.userId }) };
  }

  /**
   * The token rides in the fragment: browsers never send it, so it reaches no server log, proxy or
   * Referer; the web app reads it there and posts it in a request body.
   */
  private link(page: string, token: string): string {
    return `${this.settings.publicWebUrl.replace(/\/$/, '')}/${page}#token=${encodeURIComponent(token)}`;
  }
}
