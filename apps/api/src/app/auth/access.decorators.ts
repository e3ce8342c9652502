import { SetMetadata } from '@nestjs/common';
import type { MembershipRole, OrganizationKind } from '@puente/identity';

export const PUBLIC_ROUTE = 'puente:public';
export const ORGANIZATION_KINDS = 'puente:organization-kinds';
export const MEMBERSHIP_ROLES = 'puente:membership-roles';
export const VERIFIED_EMAIL = 'puente:verified-email';

/** Reachable without signing in. Every other route requires a valid access token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only callers from organizations of these kinds (403 otherwise). */
export const ForOrganizations = (...kinds: OrganizationKind[]) => SetMetadata(ORGANIZATION_KINDS, kinds);

/** Platform admins only: members of the platform organization. */
export const AdminOnly = () => ForOrganizations('platform');

/** Only callers with one of these roles in their organization (403 otherwise). */
export const ForRoles = (...roles: MembershipRole[]) => SetMetadata(MEMBERSHIP_ROLES, roles);

/** Publishing, quoting, messaging, inviting: refused with EMAIL_NOT_VERIFIED until the e-mail is verified. */
export const RequireVerifiedEmail = () => SetMetadata(VERIFIED_EMAIL, true);
