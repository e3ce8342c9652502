import { Inject, Injectable } from '@nestjs/common';
import { AppError, Clock } from '@puente/platform';
import type { EntityManager } from 'typeorm';
import { UserToken, type UserTokenPurpose } from '../entities/user-token.entity';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';
import { readToken, signToken } from './signed-token';

/** Single-use, expiring tokens for e-mail verification and password reset. */
@Injectable()
export class UserTokenService {
  constructor(
    private readonly clock: Clock,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
  ) {}

  async create(manager: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<UserToken> {
    const now = this.clock.now();
    const ttlMs =
      purpose === 'email_verification'
        ? this.settings.emailVerificationTtlHours * 3_600_000
        : this.settings.passwordResetTtlMinutes * 60_000;
    const saved = await manager.save(manager.create(UserToken, { userId, purpose, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) }));
    return saved;
  }

  tokenFor(record: { id: string; purpose: UserTokenPurpose }): string {
    return signToken(this.settings.secret, record.purpose, record.id);
  }

  /** Marks the token used and returns its record; TOKEN_INVALID or TOKEN_EXPIRED otherwise. */
  async consume(manager: EntityManager, token: string, purpose: UserTokenPurpose, field = 'token'): Promise<UserToken> {
    const id = readToken(this.settings.secret, purpose, token);
    const record = id
      ? await manager.getRepository(UserToken).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id }).getOne()
      : null;
    if (!record || record.purpose !== purpose || record.usedAt) {
      throw new AppError('TOKEN_INVALID', { details: [{ field, issue: 'invalid', message: `${field} is not valid or was already used` }] });
    }
    const now = this.clock.now();
    if (record.expiresAt <= now) {
      throw new AppError('TOKEN_EXPIRED', { details: [{ field, issue: 'expired', message: `${field} expired at ${record.expiresAt.toISOString()}` }] });
    }
    await manager.update(UserToken, { id: record.id }, { usedAt: now });
    return record;
  }
}
