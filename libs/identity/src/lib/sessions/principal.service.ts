import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError, type Language } from '@puente/platform';
import { DataSource } from 'typeorm';
import type { MembershipRole } from '../entities/membership.entity';
import type { OrganizationKind } from '../entities/organization.entity';
import type { Principal } from '../principal';

interface PrincipalRow {
  id: string;
  email: string;
  name: string;
  language: Language;
  time_zone: string;
  email_verified_at: Date | null;
  user_suspended_at: Date | null;
  organization_id: string;
  role: MembershipRole;
  kind: OrganizationKind;
  organization_suspended_at: Date | null;
  session_active: boolean;
}

/**
 * Turns an access token into the caller, checking the database every time: a sign-out, a
 * suspension, a removal or a role change applies to the next request, not when the token expires.
 */
@Injectable()
export class PrincipalService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  async authenticate(accessToken: string): Promise<Principal> {
    let claims: { sub?: unknown; sid?: unknown };
    try {
      claims = await this.jwt.verifyAsync(accessToken);
    } catch {
      throw new AppError('UNAUTHENTICATED', { details: [{ field: 'authorization', issue: 'invalid_token', message: 'access token is invalid or expired' }] });
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new AppError('UNAUTHENTICATED');

    const [row]: PrincipalRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.language, u.time_zone, u.email_verified_at, u.suspended_at AS user_suspended_at,
              m.organization_id, m.role, o.kind, o.suspended_at AS organization_suspended_at,
              EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = $2 AND r.user_id = u.id AND r.revoked_at IS NULL) AS session_active
       FROM users u JOIN memberships m ON m.user_id = u.id JOIN organizations o ON o.id = m.organization_id
       WHERE u.id = $1`,
      [claims.sub, claims.sid],
    );
    if (!row || !row.session_active) {
      throw new AppError('UNAUTHENTICATED', { details: [{ field: 'authorization', issue: 'session_ended', message: 'this session has ended' }] });
    }
    if (row.user_suspended_at || row.organization_suspended_at) throw new AppError('ACCOUNT_SUSPENDED');
    return {
      userId: row.id,
      email: row.email,
      name: row.name,
      emailVerified: row.email_verified_at !== null,
      language: row.language,
      timeZone: row.time_zone,
      organizationId: row.organization_id,
      organizationKind: row.kind,
      role: row.role,
      sessionId: claims.sid,
    };
  }
}
