import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEFAULT_TRANSIT_ASSUMPTIONS,
  MX_PLACE_SEARCH_DEFAULT_LIMIT,
  MX_PLACE_SEARCH_MAX_LIMIT,
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LIMIT,
  VOCABULARY_KINDS,
  type VocabularyKind,
} from '@puente/catalog';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

// The query strings of the public catalog routes; the global validation pipe turns a bad field into
// 400 VALIDATION_FAILED naming it. Query values arrive as strings: numbers are converted explicitly.

/** A search needs something to search on: " " or "--" would match nothing and hide a client bug. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

export class VocabularyQuery {
  @ApiPropertyOptional({ enum: VOCABULARY_KINDS })
  @IsOptional()
  @IsIn(VOCABULARY_KINDS)
  kind?: VocabularyKind;
}

export class MatchQuery {
  @ApiProperty({ example: 'Maquinado CNC de piezas de aluminio' })
  @IsString()
  @Length(1, 500)
  text!: string;
}

export class PlaceQuery {
  @ApiProperty({ example: 'Nuevo León' })
  @IsString()
  @Length(1, 100)
  state!: string;

  @ApiPropertyOptional({ example: 'Monterrey' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  municipality?: string;

  @ApiPropertyOptional({ example: 'Monterrey' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  locality?: string;
}

/** A point in Mexico (roughly its bounding box) and a US ZIP. */
export class TransitQueryDto {
  @ApiProperty({ example: 25.67 })
  @Type(() => Number)
  @IsNumber()
  @Min(14)
  @Max(33)
  lat!: number;

  @ApiProperty({ example: -100.31 })
  @Type(() => Number)
  @IsNumber()
  @Min(-119)
  @Max(-86)
  lon!: number;

  @ApiProperty({ example: '75201' })
  @Matches(/^\d{5}$/, { message: 'zip must be a 5-digit US ZIP code' })
  zip!: string;

  // The estimate's assumptions, for a buyer who knows their carrier better than the defaults do. Bounds
  // keep the answer meaningful: roads are never shorter than the great circle, and no truck does 2,000 km a day.
  @ApiPropertyOptional({ minimum: 1, maximum: 2, default: DEFAULT_TRANSIT_ASSUMPTIONS.roadFactor, description: 'Road km per great-circle km.' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(1)
  @Max(2)
  roadFactor?: number;

  @ApiPropertyOptional({ minimum: 100, maximum: 1500, default: DEFAULT_TRANSIT_ASSUMPTIONS.kmPerDay, description: "A truck's road km per day." })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(100)
  @Max(1500)
  kmPerDay?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10, default: DEFAULT_TRANSIT_ASSUMPTIONS.crossingDays, description: 'Days allowed for the border crossing.' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(10)
  crossingDays?: number;
}

export class VocabularySearchQuery {
  @ApiProperty({ example: 'inyeccion', description: 'What the user is typing, in English or Spanish; a longer text also returns the entries it mentions.' })
  @IsString()
  @Length(1, 200)
  @Matches(SEARCHABLE, { message: 'q must contain a letter or a digit' })
  q!: string;

  @ApiPropertyOptional({ enum: VOCABULARY_KINDS })
  @IsOptional()
  @IsIn(VOCABULARY_KINDS)
  kind?: VocabularyKind;

  @ApiPropertyOptional({ minimum: 1, maximum: SEARCH_MAX_LIMIT, default: SEARCH_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_MAX_LIMIT)
  limit?: number;
}

export class PlaceSearchQuery {
  @ApiProperty({ example: 'san pedro garza', description: 'The start of a locality, municipality or state name; accents and case do not matter.' })
  @IsString()
  @Length(1, 100)
  @Matches(SEARCHABLE, { message: 'q must contain a letter or a digit' })
  q!: string;

  @ApiPropertyOptional({ example: 'NL', description: 'Only places in this state: name, abbreviation, common variant or INEGI code.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  state?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MX_PLACE_SEARCH_MAX_LIMIT, default: MX_PLACE_SEARCH_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MX_PLACE_SEARCH_MAX_LIMIT)
  limit?: number;
}
