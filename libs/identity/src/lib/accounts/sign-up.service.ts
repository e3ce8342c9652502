import { Injectable } from '@nestjs/common';
import { accountEmailVerification, accountSignUpAttempted, NotificationService } from '@puente/notifications';
import { Clock, type Language } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Membership, type MembershipRole } from '../entities/membership.entity';
import { Organization, type OrganizationKind } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { AbuseLimits } from '../limits/abuse-limits';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordAcceptable } from '../passwords/password-policy';
import type { RequestOrigin } from '../principal';
import { UserTokenService } from '../tokens/user-token.service';
import { defaultTimeZone } from './time-zones';

export interface SignUpInput {
  organization: { kind: 'buyer' | 'supplier'; name: string; country: string; language?: Language; timeZone?: string };
  user: { name: string; email: string; password: string; language?: Language; timeZone?: string };
}

/** The one answer to a sign-up, whether the address was new or already had an account. */
export interface SignUpReceipt {
  email: string;
  status: 'verification_sent';
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
    private readonly limits: AbuseLimits,
  ) {}

  /**
   * Creates an organization with its owner, and asks the worker to send the verification e-mail.
   * An address that already has an account gets the same answer after the same work (the password
   * is hashed either way), so sign-up cannot tell anyone which addresses are registered; the owner
   * of that address is e-mailed a notice instead, and the attempt is audited.
   */
  async signUp(input: SignUpInput, origin: RequestOrigin): Promise<SignUpReceipt> {
    const email = input.user.email.trim();
    await this.limits.beforeSignUp(email, origin.ip);
    assertPasswordAcceptable(input.user.password, email, 'user.password');
    const passwordHash = await this.hasher.hash(input.user.password);
    const receipt: SignUpReceipt = { email, status: 'verification_sent' };

    try {
      await this.dataSource.transaction(async (manager) => {
        const existing = await this.findByEmail(manager, email);
        if (existing) await this.noticeToOwner(manager, existing, origin);
        else await this.create(manager, input, email, passwordHash, origin);
      });
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      // A parallel sign-up took the address between the look-up and the insert: the same as taken.
      await this.dataSource.transaction(async (manager) => {
        const existing = await this.findByEmail(manager, email);
        if (existing) await this.noticeToOwner(manager, existing, origin);
      });
    }
    return receipt;
  }

  private findByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  private async noticeToOwner(manager: EntityManager, owner: User, origin: RequestOrigin): Promise<void> {
    const now = this.clock.now();
    await this.notifications.notify(manager, accountSignUpAttempted, [{ userId: owner.id }], { name: owner.name, attemptedAt: now.toISOString() });
    const membership = await manager.findOneBy(Membership, { userId: owner.id });
    await this.audit.record(manager, {
      action: 'account.sign_up_attempted',
      actor: null,
      organizationId: membership?.organizationId ?? null,
      target: { type: 'user', id: owner.id },
      ip: origin.ip,
    });
  }

  private async create(manager: EntityManager, input: SignUpInput, email: string, passwordHash: string, origin: RequestOrigin): Promise<void> {
    const now = this.clock.now();
    const country = input.organization.country.toUpperCase();
    const organizationLanguage = input.organization.language ?? (country === 'MX' ? 'es' : 'en');
    const organizationTimeZone = input.organization.timeZone ?? defaultTimeZone(country);
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
