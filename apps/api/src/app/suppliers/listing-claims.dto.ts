import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalField } from '@puente/platform';
import { CLAIM_EVIDENCE_KINDS, DIRECTORY_CURSOR_PATTERN, type ClaimEvidenceKind } from '@puente/suppliers';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';

// Shapes only: the claim service checks the evidence against the listing and the caller's organization.

export class CreateClaimDto {
  @ApiProperty({ enum: CLAIM_EVIDENCE_KINDS, description: 'email_domain: your verified e-mail is at the listing’s website; rfc: the company’s RFC; document: a file you uploaded.' })
  @IsIn(CLAIM_EVIDENCE_KINDS)
  evidence!: ClaimEvidenceKind;

  @ApiPropertyOptional({ example: 'ALU010101AB1', description: 'With rfc evidence.' })
  @OptionalField()
  @IsString()
  @MaxLength(20)
  rfc?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'With document evidence: one of your organization’s documents (POST /supplier-profile/documents?kind=other).' })
  @OptionalField()
  @IsUUID()
  documentId?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'For the reviewer.' })
  @OptionalField()
  @IsString()
  @MaxLength(1_000)
  note?: string;
}

export class DirectorySearchQueryDto {
  @ApiProperty({ minLength: 2, maxLength: 100, example: 'aluliq', description: 'A name (legal or trade; accents, case and a typo do not matter), an RFC, or a municipality.' })
  @IsString()
  @Length(2, 100)
  q!: string;

  @ApiPropertyOptional({ pattern: '^\\d{2}$', example: '01', description: 'INEGI state code.' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'state must be a two-digit INEGI state code' })
  state?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  claimed?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', pattern: DIRECTORY_CURSOR_PATTERN.source })
  @IsOptional()
  @Matches(DIRECTORY_CURSOR_PATTERN, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
