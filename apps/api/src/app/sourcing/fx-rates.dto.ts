import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FX_SOURCES, MXN_PER_USD_PATTERN, type FxRateInput, type FxSource } from '@puente/sourcing';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Calendar dates PostgreSQL's `date` and JavaScript both hold, in years 1970-9999.
const DATE_RULES = (field: string): PropertyDecorator[] => [
  IsString(),
  Matches(ISO_DATE, { message: `${field} must be a date as YYYY-MM-DD` }),
  IsISO8601({ strict: true }, { message: `${field} must be a real date` }),
  Matches(/^(19[7-9]\d|[2-9]\d{3})-/, { message: `${field} must be in the years 1970 to 9999` }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((decorator) => decorator(target, key));

export class EnterFxRateDto implements FxRateInput {
  @ApiProperty({ example: '2026-12-04', description: 'The calendar date the rate is for (YYYY-MM-DD).' })
  @apply(DATE_RULES('date'))
  date!: string;

  @ApiProperty({ example: '17.2515', description: 'Pesos per US dollar: a decimal string > 0 with up to 4 places (as Banxico publishes the FIX).' })
  @IsString()
  @MaxLength(16)
  @Matches(MXN_PER_USD_PATTERN, { message: 'mxnPerUsd must be a positive decimal with up to 6 digits and 4 places' })
  mxnPerUsd!: string;

  @ApiProperty({ enum: FX_SOURCES, description: '`banxico-fix`: Banxico’s FIX typed by hand; `manual`: any other figure. On the same date banxico-fix is preferred.' })
  @IsIn(FX_SOURCES)
  source!: FxSource;
}

export class FxRatesQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First date (YYYY-MM-DD); default 31 days before `to`.' })
  @IsOptional()
  @apply(DATE_RULES('from'))
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-07', description: 'Last date (YYYY-MM-DD); default today (UTC).' })
  @IsOptional()
  @apply(DATE_RULES('to'))
  to?: string;
}
