import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES, OptionalField, type Currency } from '@puente/platform';
import {
  INCOTERMS,
  MAX_LEAD_TIME_DAYS,
  MAX_MINIMUM_ORDER,
  MAX_NOTES_LENGTH,
  MAX_PLACE_LENGTH,
  QUOTE_DECLINE_REASONS,
  TOOLING_OWNERS,
  USMCA_ORIGIN_CRITERIA,
  type Incoterm,
  type QuoteBreakInput,
  type QuoteDeclineReason,
  type QuoteInput,
  type QuoteLineInput,
  type ToolingOwner,
  type UsmcaOriginCriterion,
} from '@puente/sourcing';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

// Shapes only: the service checks the content against the RFQ (every line and quantity break), the
// decimal prices, the dates, the plant, the HS code and the documents, naming each field at fault.

const DECLINE = 'Why this is not priced; leave out (or null) when priced.';

export class QuoteBreakDto implements QuoteBreakInput {
  @ApiProperty({ example: 1000, description: 'The RFQ line’s quantity break, in the RFQ’s order.' }) @IsInt() @Min(1) @Max(1_000_000_000) quantity!: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: '79.2500', description: 'Per unit in the quote’s currency: a decimal string > 0 with at most 4 places. Null (or left out) when declined.' })
  @IsOptional()
  @IsString()
  @MaxLength(24)
  unitPrice?: string | null;
  @ApiPropertyOptional({ enum: QUOTE_DECLINE_REASONS, nullable: true, description: DECLINE }) @IsOptional() @IsIn(QUOTE_DECLINE_REASONS) declineReason?: QuoteDeclineReason | null;
}

export class QuoteLineDto implements QuoteLineInput {
  @ApiProperty({ format: 'uuid', description: 'The RFQ line answered: every line of the RFQ, once.' }) @IsUUID() rfqLineId!: string;
  @ApiPropertyOptional({ enum: QUOTE_DECLINE_REASONS, nullable: true, description: 'The whole line is not quoted: then no break has a price.' })
  @IsOptional()
  @IsIn(QUOTE_DECLINE_REASONS)
  declineReason?: QuoteDeclineReason | null;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, description: 'Minimum order quantity in the line’s unit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MINIMUM_ORDER)
  minimumOrder?: number | null;
  @ApiProperty({ type: [QuoteBreakDto], description: 'One per quantity break of the RFQ line, same order and quantities.' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => QuoteBreakDto)
  breaks!: QuoteBreakDto[];
}

export class QuoteToolingDto {
  @ApiProperty({ maxLength: 500, example: 'Progressive die, 4 stations' }) @IsString() @MaxLength(500) description!: string;
  @ApiProperty({ example: '185000.00', description: 'One-off cost in the quote’s currency, a decimal string ≥ 0.' }) @IsString() @MaxLength(24) cost!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The RFQ lines it serves (at least one).' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) rfqLineIds!: string[];
  @ApiProperty({ enum: TOOLING_OWNERS }) @IsIn(TOOLING_OWNERS) owner!: ToolingOwner;
}

export class QuoteLeadTimeDto {
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: MAX_LEAD_TIME_DAYS, description: 'Days to first articles (samples, PPAP); null when none.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_LEAD_TIME_DAYS)
  firstArticlesDays?: number | null;
  @ApiProperty({ minimum: 1, maximum: MAX_LEAD_TIME_DAYS, description: 'Days to the first production shipment.' }) @IsInt() @Min(1) @Max(MAX_LEAD_TIME_DAYS) productionDays!: number;
}

export class QuoteDeliveryDto {
  @ApiProperty({ enum: INCOTERMS, description: 'Incoterm 2020.' }) @IsIn(INCOTERMS) incoterm!: Incoterm;
  @ApiProperty({ maxLength: MAX_PLACE_LENGTH, example: 'Apodaca, NL' }) @IsString() @MaxLength(MAX_PLACE_LENGTH) place!: string;
  @ApiProperty({ format: 'uuid', description: 'One of your organization’s plants.' }) @IsUUID() plantId!: string;
}

export class QuoteOriginDto {
  @ApiProperty({ example: '761699', description: '6 digits, a subheading of the HS table.' }) @IsString() @MaxLength(12) hsCode!: string;
  @ApiProperty({ enum: USMCA_ORIGIN_CRITERIA }) @IsIn(USMCA_ORIGIN_CRITERIA) usmcaCriterion!: UsmcaOriginCriterion;
  @ApiProperty({ description: 'Whether you can certify origin under USMCA; false when not originating.' }) @IsBoolean() canCertify!: boolean;
}

export class SubmitQuoteDto implements QuoteInput {
  @ApiProperty({ minimum: 0, description: 'The revision you revise (the quote’s `revision`); 0 for a first quote. Stale: 409 QUOTE_VERSION_STALE.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  revises!: number;
  @ApiProperty({ enum: CURRENCIES, description: 'One currency for the whole quote.' }) @IsIn(CURRENCIES) currency!: Currency;
  @ApiProperty({ type: [QuoteLineDto], description: 'One entry per RFQ line.' }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => QuoteLineDto) lines!: QuoteLineDto[];
  @ApiPropertyOptional({ type: [QuoteToolingDto], description: 'One-off tooling costs; none when left out.' })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuoteToolingDto)
  tooling?: QuoteToolingDto[];
  @ApiProperty({ type: QuoteLeadTimeDto }) @ValidateNested() @Type(() => QuoteLeadTimeDto) leadTime!: QuoteLeadTimeDto;
  @ApiProperty({ format: 'date', example: '2027-01-31', description: 'The last day the prices hold (YYYY-MM-DD), not before today in Mexico City.' })
  @IsString()
  @MaxLength(10)
  validUntil!: string;
  @ApiProperty({ type: QuoteDeliveryDto }) @ValidateNested() @Type(() => QuoteDeliveryDto) delivery!: QuoteDeliveryDto;
  @ApiProperty({ type: QuoteOriginDto }) @ValidateNested() @Type(() => QuoteOriginDto) origin!: QuoteOriginDto;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_NOTES_LENGTH }) @IsOptional() @IsString() @MaxLength(MAX_NOTES_LENGTH) notes?: string | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Quote documents you uploaded for this RFQ (POST /rfqs/{rfqId}/quote/attachments) that this revision carries.' })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}
