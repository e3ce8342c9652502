import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_ROLES, type InvitationView, type MemberView, type MembershipRole } from '@puente/identity';

// Response schemas of /team; `implements` keeps each in step with the view the service returns.

export class MemberResponse implements MemberView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export class MemberListResponse {
  @ApiProperty({ type: [MemberResponse] }) data!: MemberResponse[];
}

export class InvitationResponse implements InvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class InvitationListResponse {
  @ApiProperty({ type: [InvitationResponse] }) data!: InvitationResponse[];
}
