import { Injectable } from '@nestjs/common';
import { AppError } from '@puente/platform';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { User } from '../entities/user.entity';
import { AbuseLimits } from '../limits/abuse-limits';
import { PasswordHasher } from '../passwords/password-hasher';
import type { Principal, RequestOrigin } from '../principal';
import { SessionService, type IssuedSession } from './session.service';

interface SignInRow {
  id: string;
  password_hash: string;
  suspended_at: Date | null;
  organization_id: string | null;
  organization_suspended_at: Date | null;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limits: AbuseLimits,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Same answer and about the same time whether the e-mail is unknown or the password wrong; a
   * suspension is revealed only to someone who knows the password. Each attempt takes a failure slot
   * (per account and per IP) before the password is checked, and a right password gives it back.
   */
  async signIn(email: string, password: string, origin: RequestOrigin): Promise<IssuedSession> {
    const slot = await this.limits.beforePasswordCheck(email, origin.ip);
    const [account]: SignInRow[] = await this.dataSource.query(
      `SELECT u.id, u.password_hash, u.suspended_at, m.organization_id, o.suspended_at AS organization_suspended_at
       FROM users u LEFT JOIN memberships m ON m.user_id = u.id LEFT JOIN organizations o ON o.id = m.organization_id
       WHERE lower(u.email) = lower($1)`,
      [email.trim()],
    );
    const valid = account ? await this.hasher.verify(account.password_hash, password) : await this.hasher.verifyAgainstNothing(password);
    if (!account || !valid || !account.organization_id) {
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, {
          action: 'auth.sign_in_failed',
          actor: account ? { userId: account.id, organizationId: account.organization_id } : null,
          organizationId: account?.organization_id ?? null,
          target: { type: 'email', id: email.trim().toLowerCase() },
          ip: origin.ip,
        }),
      );
      throw new AppError('INVALID_CREDENTIALS');
    }
    await slot.release();
    if (account.suspended_at || account.organization_suspended_at) throw new AppError('ACCOUNT_SUSPENDED');

    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.issue(manager, account.id, origin);
      await this.audit.record(manager, {
        action: 'auth.signed_in',
        actor: { userId: account.id, organizationId: account.organization_id },
        organizationId: account.organization_id,
        target: { type: 'session', id: session.sessionId },
        ip: origin.ip,
      });
      return session;
    });
  }

  refresh(refreshToken: string, origin: RequestOrigin): Promise<IssuedSession> {
    return this.sessions.rotate(refreshToken, origin);
  }

  /** Ends one sign-in: by the caller's access token, or by a refresh token (cookie or body). */
  async signOut(by: { principal?: Principal; refreshToken?: string }, origin: RequestOrigin): Promise<void> {
    const family = by.principal
      ? { familyId: by.principal.sessionId, userId: by.principal.userId }
      : by.refreshToken
        ? await this.sessions.familyOf(by.refreshToken)
        : null;
    if (!family) return;
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revokeFamily(manager, family.familyId);
      const user = await manager.findOneBy(User, { id: family.userId });
      const organizationId = by.principal?.organizationId ?? null;
      await this.audit.record(manager, {
        action: 'auth.signed_out',
        actor: user ? { userId: user.id, organizationId } : null,
        organizationId,
        target: { type: 'session', id: family.familyId },
        ip: origin.ip,
      });
    });
  }
}
