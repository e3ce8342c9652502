import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalField } from '@puente/platform';
import { DECLINE_REASONS, INVITATION_CURSOR_PATTERN, INVITATION_STATES, type DeclineReason, type InvitationState } from '@puente/sourcing';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** A page of a supplier organization's list ordered like its invitations (invitations, received ratings). */
export class InvitationCursorPageDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page', pattern: INVITATION_CURSOR_PATTERN.source })
  @IsOptional()
  @Matches(INVITATION_CURSOR_PATTERN, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class SupplierInvitationQueryDto extends InvitationCursorPageDto {
  @ApiPropertyOptional({ enum: INVITATION_STATES }) @IsOptional() @IsIn(INVITATION_STATES) state?: InvitationState;
}

export class DeclineInvitationDto {
  @ApiProperty({ enum: DECLINE_REASONS }) @IsIn(DECLINE_REASONS) reason!: DeclineReason;
  @ApiPropertyOptional({ maxLength: 1000 }) @OptionalField() @IsString() @MaxLength(1_000) note?: string;
}
