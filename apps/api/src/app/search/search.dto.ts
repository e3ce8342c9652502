import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalField } from '@puente/platform';
import { SEARCH_CURSOR_PATTERN, SEARCH_SORTS, type SearchSort } from '@puente/search';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsPositive, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

// Shapes only: SearchService checks the codes against the vocabulary, the ZIP against the catalog and the
// cursor against the query, naming the field (`processes[1]` `unknown_code`).

/** A comma-separated list of codes: letters, digits, dots and dashes, at most 20 codes. */
/** An optional body list of vocabulary codes (at most 20, each up to 80 characters); the service checks they exist. */
function VocabularyCodes(example: string[]): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], example }),
    OptionalField(),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
    MaxLength(80, { each: true }),
  );
}

const CODE_LIST = /^[A-Za-z0-9.-]{1,80}(,[A-Za-z0-9.-]{1,80}){0,19}$/;

export class SearchQueryDto {
  @ApiPropertyOptional({ maxLength: 300, example: 'aluminum die casting housings IATF', description: 'What you need, in English or Spanish.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  q?: string;

  @ApiPropertyOptional({ example: 'proc.casting.die-casting', description: 'Comma-separated process codes (a family matches its processes).' })
  @IsOptional()
  @Matches(CODE_LIST, { message: 'processes must be comma-separated vocabulary codes' })
  processes?: string;

  @ApiPropertyOptional({ example: 'mat.aluminum', description: 'Comma-separated material codes.' })
  @IsOptional()
  @Matches(CODE_LIST, { message: 'materials must be comma-separated vocabulary codes' })
  materials?: string;

  @ApiPropertyOptional({ example: 'ind.automotive', description: 'Comma-separated industry codes.' })
  @IsOptional()
  @Matches(CODE_LIST, { message: 'industries must be comma-separated vocabulary codes' })
  industries?: string;

  @ApiPropertyOptional({ example: 'cert.iatf-16949', description: 'Comma-separated certification codes; each must be held and valid today.' })
  @IsOptional()
  @Matches(CODE_LIST, { message: 'certifications must be comma-separated vocabulary codes' })
  certifications?: string;

  @ApiPropertyOptional({ example: '19,22', description: 'Comma-separated INEGI state codes (a plant in any of them).' })
  @IsOptional()
  @Matches(/^\d{2}(,\d{2}){0,31}$/, { message: 'states must be comma-separated two-digit INEGI state codes' })
  states?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only suppliers whose documents were verified or whose site was audited.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  verified?: 'true' | 'false';

  @ApiPropertyOptional({ pattern: '^\\d{5}$', example: '75201', description: 'Your US ZIP: transit estimates and `sort=transit`.' })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'zip must be a five-digit US ZIP code' })
  zip?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 30, description: 'Only plants within this many transit days of `zip` (requires `zip`).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  maxTransitDays?: number;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort?: SearchSort;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page of the same query', pattern: SEARCH_CURSOR_PATTERN.source })
  @IsOptional()
  @Matches(SEARCH_CURSOR_PATTERN, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

export class MatchingCertificationDto {
  @ApiProperty({ example: 'cert.iatf-16949' })
  @IsString()
  @Length(1, 80)
  code!: string;

  @ApiProperty({ description: 'A hard filter when true; otherwise it only raises the score.' })
  @IsBoolean()
  required!: boolean;
}

export class MatchingQuantityDto {
  @ApiProperty({ example: 10000 })
  @IsInt()
  @IsPositive()
  @Max(1_000_000_000)
  value!: number;

  @ApiProperty({ example: 'pieces' })
  @IsString()
  @Length(1, 30)
  unit!: string;
}

export class MatchingRequestDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'The requirement in words (an RFQ line, a drawing note).' })
  @OptionalField()
  @IsString()
  @MaxLength(2_000)
  text?: string;

  @VocabularyCodes(['proc.casting.die-casting'])
  processes?: string[];

  @VocabularyCodes(['mat.aluminum'])
  materials?: string[];

  @VocabularyCodes(['ind.automotive'])
  industries?: string[];

  @ApiPropertyOptional({ type: [MatchingCertificationDto] })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MatchingCertificationDto)
  certifications?: MatchingCertificationDto[];

  @ApiPropertyOptional({ type: MatchingQuantityDto })
  @OptionalField()
  @IsObject()
  @ValidateNested()
  @Type(() => MatchingQuantityDto)
  quantity?: MatchingQuantityDto;

  @ApiPropertyOptional({ pattern: '^\\d{5}$', example: '75201', description: 'Delivery ZIP in the US.' })
  @OptionalField()
  @Matches(/^\d{5}$/, { message: 'zip must be a five-digit US ZIP code' })
  zip?: string;

  @ApiPropertyOptional({ default: 25, minimum: 1, maximum: 100 })
  @OptionalField()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
