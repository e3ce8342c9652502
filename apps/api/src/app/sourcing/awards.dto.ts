import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalField } from '@puente/platform';
import { MAX_AWARD_REASON_LENGTH, type AwardInput } from '@puente/sourcing';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsString, IsUUID, MaxLength } from 'class-validator';

// Shapes only: the service checks the quote and each line against the RFQ, naming `lineIds.<i>` at fault.

export class AwardRfqDto implements AwardInput {
  @ApiProperty({ format: 'uuid', description: 'An active quote on this RFQ.' }) @IsUUID('all') quoteId!: string;
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 50, description: 'The RFQ lines awarded to that quote; each must be priced by it.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  lineIds!: string[];
  @ApiPropertyOptional({ maxLength: MAX_AWARD_REASON_LENGTH, description: 'Why this quote: kept with the award, shown to the buyer only.' })
  @OptionalField()
  @IsString()
  @MaxLength(MAX_AWARD_REASON_LENGTH)
  reason?: string;
  @ApiPropertyOptional({ default: false, description: 'Close every line still without an award, unawarded: the RFQ becomes awarded now.' })
  @OptionalField()
  @IsBoolean()
  closeRemainingLines?: boolean;
}
