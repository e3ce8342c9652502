import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError, Clock } from '@puente/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { RefreshToken } from '../entities/refresh-token.entity';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';
import type { RequestOrigin } from '../principal';
import { hashRefreshToken, newRefreshToken } from './session-tokens';

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  sessionId: string;
}

interface AccountState {
  user_id: string;
  organization_id: string | null;
  user_suspended: Date | null;
  organization_suspended: Date | null;
}

/**
 * Access tokens (JWT, short-lived) and refresh tokens (random, stored hashed, rotated on use).
 * All refresh tokens of one sign-in form a family: presenting one that was already rotated means it
 * was stolen or replayed, so the whole family is revoked.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  async issue(manager: EntityManager, userId: string, origin: RequestOrigin, sessionId: string = randomUUID()): Promise<IssuedSession> {
    const now = this.clock.now();
    const refreshToken = newRefreshToken();
    const refreshTokenExpiresAt = new Date(now.getTime() + this.settings.refreshTokenTtlDays * 86_400_000);
    await manager.insert(RefreshToken, {
      familyId: sessionId,
      userId,
      tokenHash: hashRefreshToken(refreshToken),
      createdAt: now,
      expiresAt: refreshTokenExpiresAt,
      ip: origin.ip,
      userAgent: origin.userAgent?.slice(0, 500) ?? null,
    });
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const accessToken = await this.jwt.signAsync(
      { sub: userId, sid: sessionId, iat: nowSeconds },
      { expiresIn: this.settings.accessTokenTtlSeconds },
    );
    return {
      accessToken,
      accessTokenExpiresAt: new Date((nowSeconds + this.settings.accessTokenTtlSeconds) * 1000).toISOString(),
      refreshToken,
      refreshTokenExpiresAt: refreshTokenExpiresAt.toISOString(),
      sessionId,
    };
  }

  /** Trades a refresh token for a new pair in the same family. */
  async rotate(refreshToken: string, origin: RequestOrigin): Promise<IssuedSession> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const [token] = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('token')
        .setLock('pessimistic_write')
        .where('token.token_hash = :hash', { hash: hashRefreshToken(refreshToken) })
        .getMany();
      if (!token) return { error: new AppError('UNAUTHENTICATED', { details: [{ field: 'refreshToken', issue: 'unknown', message: 'refresh token is not valid' }] }) };

      if (token.rotatedAt || token.revokedAt) {
        // Committed before the error is raised: the revocation must survive the failed request.
        await this.revokeFamily(manager, token.familyId);
        const state = await this.accountState(manager, token.userId);
        await this.audit.record(manager, {
          action: 'auth.refresh_token_reused',
          actor: { userId: token.userId, organizationId: state?.organization_id ?? null },
          organizationId: state?.organization_id ?? null,
          target: { type: 'session', id: token.familyId },
          ip: origin.ip,
        });
        return { error: new AppError('REFRESH_TOKEN_REUSED') };
      }
      const now = this.clock.now();
      if (token.expiresAt <= now) {
        return { error: new AppError('UNAUTHENTICATED', { details: [{ field: 'refreshToken', issue: 'expired', message: 'refresh token has expired' }] }) };
      }
      const state = await this.accountState(manager, token.userId);
      if (!state?.organization_id) return { error: new AppError('UNAUTHENTICATED') };
      if (state.user_suspended || state.organization_suspended) return { error: new AppError('ACCOUNT_SUSPENDED') };

      await manager.update(RefreshToken, { id: token.id }, { rotatedAt: now });
      return { session: await this.issue(manager, token.userId, origin, token.familyId) };
    });
    if ('error' in outcome && outcome.error) throw outcome.error;
    return (outcome as { session: IssuedSession }).session;
  }

  /** The family of this refresh token, or null when the token is unknown. */
  async familyOf(refreshToken: string): Promise<{ familyId: string; userId: string } | null> {
    const token = await this.dataSource.getRepository(RefreshToken).findOneBy({ tokenHash: hashRefreshToken(refreshToken) });
    return token ? { familyId: token.familyId, userId: token.userId } : null;
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Ends every session of a user (password reset, suspension), optionally keeping the caller's. */
  async revokeAllForUser(manager: EntityManager, userId: string, keepSessionId?: string): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: this.clock.now() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepSessionId) query.andWhere('family_id <> :keep', { keep: keepSessionId });
    await query.execute();
  }

  private async accountState(manager: EntityManager, userId: string): Promise<AccountState | undefined> {
    const [state]: AccountState[] = await manager.query(
      `SELECT u.id AS user_id, m.organization_id, u.suspended_at AS user_suspended, o.suspended_at AS organization_suspended
       FROM users u LEFT JOIN memberships m ON m.user_id = u.id LEFT JOIN organizations o ON o.id = m.organization_id
       WHERE u.id = $1`,
      [userId],
    );
    return state;
  }
}
