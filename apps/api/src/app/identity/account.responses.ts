import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_ROLES, ORGANIZATION_KINDS, type AccountView, type MembershipRole, type OrganizationKind } from '@puente/identity';
import type { Language } from '@puente/platform';

// Response schemas for /api/docs and the web app's generated client. There is no Nest CLI swagger
// plugin, so each property carries its decorator; `implements` keeps them in step with AccountView.
const LANGUAGES: readonly Language[] = ['en', 'es'];
type AccountUser = AccountView['user'];
type AccountOrganization = AccountView['organization'];

export class AccountUserResponse implements AccountUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ana@acme.example' }) email!: string;
  @ApiProperty({ example: 'Ana Smith' }) name!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ example: 'America/Chicago' }) timeZone!: string;
  @ApiProperty() emailVerified!: boolean;
}

export class AccountOrganizationResponse implements AccountOrganization {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
  @ApiProperty({ example: 'Acme Robotics' }) name!: string;
  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2' }) country!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ example: 'America/Chicago' }) timeZone!: string;
}

/** A user with their organization and role: sign-up, invitation acceptance and /me answer it. */
export class AccountResponse implements AccountView {
  @ApiProperty({ type: () => AccountUserResponse }) user!: AccountUserResponse;
  @ApiProperty({ type: () => AccountOrganizationResponse }) organization!: AccountOrganizationResponse;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
}
