import type { Language } from '@puente/platform';
import type { MembershipRole } from './entities/membership.entity';
import type { OrganizationKind } from './entities/organization.entity';

/** Who is calling, loaded fresh from the database on every request. */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  emailVerified: boolean;
  language: Language;
  timeZone: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: MembershipRole;
  /** The sign-in (refresh token family) this access token belongs to. */
  sessionId: string;
}

/** Where a request came from, for the audit log and throttling. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export function isAdmin(principal: Principal): boolean {
  return principal.organizationKind === 'platform';
}
