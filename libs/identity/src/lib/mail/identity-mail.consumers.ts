import { Inject, Injectable } from '@nestjs/common';
import { Mailer, OnCommitted, type ConsumerContext } from '@puente/platform';
import { Invitation } from '../entities/invitation.entity';
import { Organization } from '../entities/organization.entity';
import { UserToken } from '../entities/user-token.entity';
import { User } from '../entities/user.entity';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';
import { emailVerificationRequested, invitationCreated, passwordResetRequested } from '../identity.topics';
import { invitationToken } from '../team/invitation-acceptance.service';
import { signToken } from '../tokens/signed-token';
import { invitationMessage, passwordResetMessage, verifyEmailMessage } from './identity-emails';

/**
 * Sends the identity e-mails after their requests commit, in the recipient's language. Tokens are
 * rebuilt from the record id, so a retry sends the same working link. The send happens inside the
 * consumer's transaction: a failed send rolls back the inbox row and the job retries.
 */
@Injectable()
export class IdentityMailConsumers {
  constructor(
    private readonly mailer: Mailer,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  @OnCommitted(emailVerificationRequested, { consumer: 'identity.send-verification-email' })
  async sendVerification({ tokenId }: { tokenId: string }, { manager }: ConsumerContext): Promise<void> {
    const record = await manager.findOneBy(UserToken, { id: tokenId });
    const user = record && (await manager.findOneBy(User, { id: record.userId }));
    if (!record || !user || record.usedAt || user.emailVerifiedAt) return;
    const url = this.link('verify-email', signToken(this.settings.secret, record.purpose, record.id));
    const message = verifyEmailMessage(user.language, { name: user.name, url, validHours: this.settings.emailVerificationTtlHours });
    await this.mailer.send({ to: user.email, ...message, template: 'verify-email', language: user.language });
  }

  @OnCommitted(passwordResetRequested, { consumer: 'identity.send-password-reset-email' })
  async sendPasswordReset({ tokenId }: { tokenId: string }, { manager }: ConsumerContext): Promise<void> {
    const record = await manager.findOneBy(UserToken, { id: tokenId });
    const user = record && (await manager.findOneBy(User, { id: record.userId }));
    if (!record || !user || record.usedAt) return;
    const url = this.link('reset-password', signToken(this.settings.secret, record.purpose, record.id));
    const message = passwordResetMessage(user.language, { name: user.name, url, validMinutes: this.settings.passwordResetTtlMinutes });
    await this.mailer.send({ to: user.email, ...message, template: 'reset-password', language: user.language });
  }

  @OnCommitted(invitationCreated, { consumer: 'identity.send-invitation-email' })
  async sendInvitation({ invitationId }: { invitationId: string }, { manager }: ConsumerContext): Promise<void> {
    const invitation = await manager.findOneBy(Invitation, { id: invitationId });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt) return;
    const organization = await manager.findOneByOrFail(Organization, { id: invitation.organizationId });
    const inviter = invitation.invitedBy ? await manager.findOneBy(User, { id: invitation.invitedBy }) : null;
    const url = this.link('accept-invitation', invitationToken(this.settings.secret, invitation.id));
    const message = invitationMessage(organization.language, {
      organizationName: organization.name,
      inviterName: inviter?.name ?? organization.name,
      role: invitation.role,
      url,
      validDays: this.settings.invitationTtlDays,
    });
    await this.mailer.send({ to: invitation.email, ...message, template: 'invitation', language: organization.language });
  }

  private link(page: string, token: string): string {
    return `${this.settings.publicWebUrl.replace(/\/$/, '')}/${page}?token=${encodeURIComponent(token)}`;
  }
}
