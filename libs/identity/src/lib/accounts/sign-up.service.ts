import { Injectable } from '@nestjs/common';
import { accountEmailVerification, NotificationService } from '@puente/notifications';
import { AppError, Clock, type Language } from '@puente/platform';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Membership, type MembershipRole } from '../entities/membership.entity';
import { Organization, type OrganizationKind } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordAcceptable } from '../passwords/password-policy';
import type { RequestOrigin } from '../principal';
import { UserTokenService } from '../tokens/user-token.service';
import { defaultTimeZone } from './time-zones';

export interface SignUpInput {
  organization: { kind: 'buyer' | 'supplier'; name: string; country: string; language?: Language; timeZone?: string };
  user: { name: string; email: string; password: string; language?: Language; timeZone?: string };
}

export interface AccountView {
  user: { id: string; email: string; name: string; language: Language; timeZone: string; emailVerified: boolean };
  organization: { id: string; kind: OrganizationKind; name: string; country: string; language: Language; timeZone: string };
  role: MembershipRole;
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class SignUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: UserTokenService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Creates an organization with its owner, and asks the worker to send the verification e-mail. */
  async signUp(input: SignUpInput, origin: RequestOrigin): Promise<AccountView> {
    const email = input.user.email.trim();
    assertPasswordAcceptable(input.user.password, email, 'user.password');
    const passwordHash = await this.hasher.hash(input.user.password);
    const now = this.clock.now();
    const country = input.organization.country.toUpperCase();
    const organizationLanguage = input.organization.language ?? (country === 'MX' ? 'es' : 'en');
    const organizationTimeZone = input.organization.timeZone ?? defaultTimeZone(country);

    try {
      return await this.dataSource.transaction(async (manager) => {
        const organization = await manager.save(
          manager.create(Organization, {
            kind: input.organization.kind,
            name: input.organization.name.trim(),
            country,
            language: organizationLanguage,
            timeZone: organizationTimeZone,
            suspendedAt: null,
            createdAt: now,
          }),
        );
        const user = await manager.save(
          manager.create(User, {
            email,
            name: input.user.name.trim(),
            passwordHash,
            language: input.user.language ?? organizationLanguage,
            timeZone: input.user.timeZone ?? organizationTimeZone,
            emailVerifiedAt: null,
            suspendedAt: null,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await manager.insert(Membership, { userId: user.id, organizationId: organization.id, role: 'owner', createdAt: now });
        const token = await this.tokens.create(manager, user.id, 'email_verification');
        await this.notifications.notifyWithDeferredParams(manager, accountEmailVerification, [{ userId: user.id }], { tokenId: token.id });
        await this.audit.record(manager, {
          action: 'account.signed_up',
          actor: { userId: user.id, organizationId: organization.id },
          organizationId: organization.id,
          target: { type: 'organization', id: organization.id },
          after: { kind: organization.kind, name: organization.name, country, email },
          ip: origin.ip,
        });
        return accountView(user, organization, 'owner');
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new AppError('EMAIL_TAKEN', { details: [{ field: 'user.email', issue: 'taken', message: 'user.email is already registered' }] });
      }
      throw error;
    }
  }
}

export function accountView(user: User, organization: Organization, role: MembershipRole): AccountView {
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      language: user.language,
      timeZone: user.timeZone,
      emailVerified: user.emailVerifiedAt !== null,
    },
    organization: {
      id: organization.id,
      kind: organization.kind,
      name: organization.name,
      country: organization.country,
      language: organization.language,
      timeZone: organization.timeZone,
    },
    role,
  };
}
