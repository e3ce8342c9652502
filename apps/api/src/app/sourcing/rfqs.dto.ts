import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ClearableField, OptionalField } from '@puente/platform';
import {
  INCOTERMS,
  RFQ_BIDDINGS,
  RFQ_CURSOR_PATTERN,
  RFQ_STATES,
  RFQ_UNITS,
  RFQ_VISIBILITIES,
  type Incoterm,
  type RfqBidding,
  type RfqState,
  type RfqUnit,
  type RfqVisibility,
} from '@puente/sourcing';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

// Shapes only: the service checks vocabulary codes, the HS code and ZIP against the catalog, dates,
// decimal prices, ascending quantity breaks and the suppliers picked.

/** A list of vocabulary codes (at most 20, each up to 80 characters). */
function CodeList(example: string[], required = false): PropertyDecorator {
  return applyDecorators(
    required ? ApiProperty({ type: [String], example }) : ApiPropertyOptional({ type: [String], example }),
    ...(required ? [] : [OptionalField()]),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
    MaxLength(80, { each: true }),
  );
}

export class RfqLineDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Mounting bracket' }) @IsString() @Length(1, 200) partName!: string;
  @ApiPropertyOptional({ maxLength: 100, example: 'BRK-2291' }) @OptionalField() @IsString() @MaxLength(100) partNumber?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @OptionalField() @IsString() @MaxLength(5_000) notes?: string;
  @CodeList(['proc.machining.cnc-machining'], true) processes!: string[];
  @CodeList(['mat.aluminum'], true) materials!: string[];
  @ApiProperty({ type: [Number], example: [500, 1000, 5000], description: '1 to 10 quantity breaks, ascending, each 1 to 10^9.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(1_000_000_000, { each: true })
  quantities!: number[];
  @ApiProperty({ enum: RFQ_UNITS }) @IsIn(RFQ_UNITS) unit!: RfqUnit;
  @ApiPropertyOptional({ minimum: 1, description: 'Units in one full truckload, for freight estimates.' })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  unitsPerTruckload?: number;
}

/** Every field but the title: optional on create and on edit; `null` clears the ones an RFQ may lack (a draft's, or an open RFQ's that publishing does not need). */
export class RfqFieldsDto {
  @ApiPropertyOptional({ maxLength: 20000, description: 'What is needed, in English or Spanish.' }) @OptionalField() @IsString() @MaxLength(20_000) description?: string;
  @ApiPropertyOptional({ enum: ['en', 'es'], description: 'Detected from the description when left out.' }) @OptionalField() @IsIn(['en', 'es']) descriptionLanguage?: 'en' | 'es';
  @ApiPropertyOptional({ type: [RfqLineDto], description: 'Replaces every line; a line keeps its id (and drawings) at the same position.' })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RfqLineDto)
  lines?: RfqLineDto[];
  @ApiPropertyOptional({ type: 'integer', minimum: 1, nullable: true }) @ClearableField() @IsInt() @Min(1) @Max(2_000_000_000) annualVolume?: number | null;
  @ApiPropertyOptional({ type: String, example: '0.0125', description: 'Decimal string, at most 4 places, more than 0.', nullable: true }) @ClearableField() @IsString() @MaxLength(24) targetUnitPrice?: string | null;
  @ApiPropertyOptional({ enum: ['USD', 'MXN'] }) @OptionalField() @IsIn(['USD', 'MXN']) currency?: 'USD' | 'MXN';
  @CodeList(['cert.iso-9001']) certifications?: string[];
  @ApiPropertyOptional({ type: String, example: '841360', description: '6 digits, a subheading of the HS table.', nullable: true }) @ClearableField() @IsString() @MaxLength(12) hsCode?: string | null;
  @ApiPropertyOptional({ type: String, example: '75201', description: 'A US ZIP code of the catalog.', nullable: true }) @ClearableField() @IsString() @MaxLength(12) deliveryZip?: string | null;
  @ApiPropertyOptional({ enum: INCOTERMS, nullable: true }) @ClearableField() @IsIn(INCOTERMS) incoterm?: Incoterm | null;
  @ApiPropertyOptional({ type: String, maxLength: 120, example: 'Laredo, TX', nullable: true }) @ClearableField() @IsString() @MaxLength(120) incotermPlace?: string | null;
  @ApiPropertyOptional({ type: String, example: '2027-03-01', description: 'YYYY-MM-DD, not before the quote deadline.', nullable: true }) @ClearableField() @IsString() @MaxLength(10) needBy?: string | null;
  @ApiPropertyOptional({ type: String, example: '2026-12-20T17:00:00Z', description: 'ISO 8601 with offset; at publish at least one hour ahead.', nullable: true })
  @ClearableField()
  @IsString()
  @MaxLength(40)
  quoteDeadline?: string | null;
  @ApiPropertyOptional() @OptionalField() @IsBoolean() ndaRequired?: boolean;
  @ApiPropertyOptional({ type: String, maxLength: 20000, nullable: true }) @ClearableField() @IsString() @MaxLength(20_000) ndaText?: string | null;
  @ApiPropertyOptional({ enum: RFQ_VISIBILITIES }) @OptionalField() @IsIn(RFQ_VISIBILITIES) visibility?: RfqVisibility;
  @ApiPropertyOptional({
    enum: RFQ_BIDDINGS,
    description: '`sealed` (the default): you read no price until the RFQ closes; `open`: prices as they arrive. Drafts only: changing it on an open RFQ is 409 RFQ_INVALID_TRANSITION (field `bidding`).',
  })
  @OptionalField()
  @IsIn(RFQ_BIDDINGS)
  bidding?: RfqBidding;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, description: 'Close after this many quotes.', nullable: true }) @ClearableField() @IsInt() @Min(1) @Max(1_000) quoteCap?: number | null;
  @ApiPropertyOptional({ type: [String], description: 'Supplier ids to invite besides the matching; each a published supplier.' })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  invitedSupplierIds?: string[];
}

export class CreateRfqDto extends RfqFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Machined aluminum brackets' }) @IsString() @Length(1, 200) title!: string;
}

export class UpdateRfqDto extends RfqFieldsDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 }) @OptionalField() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional({ maxLength: 2000, description: 'Why it changed, shown to invited suppliers (open RFQs).' }) @OptionalField() @IsString() @MaxLength(2_000) amendmentNote?: string;
}

export class CancelRfqDto {
  @ApiPropertyOptional({ maxLength: 1000 }) @OptionalField() @IsString() @MaxLength(1_000) reason?: string;
}

export class RfqListQueryDto {
  @ApiPropertyOptional({ enum: RFQ_STATES }) @IsOptional() @IsIn(RFQ_STATES) state?: RfqState;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page', pattern: RFQ_CURSOR_PATTERN.source })
  @IsOptional()
  @Matches(RFQ_CURSOR_PATTERN, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class AcceptNdaDto {
  @ApiProperty({ minimum: 0, description: 'The NDA version you read (nda.version of the RFQ).' }) @IsInt() @Min(0) @Max(1_000_000) version!: number;
}
