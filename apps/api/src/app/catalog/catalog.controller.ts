import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  estimateTransit,
  findUsZip,
  geocodeMexicanAddress,
  matchText,
  scianClassVocabulary,
  scianEntry,
  scianToNaics,
  vocabulary,
  VOCABULARY_KINDS,
  type VocabularyKind,
} from '@puente/catalog';
import { AppError } from '@puente/platform';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Public } from '../auth/access.decorators';

class VocabularyQuery {
  @ApiPropertyOptional({ enum: VOCABULARY_KINDS })
  @IsOptional()
  @IsIn(VOCABULARY_KINDS)
  kind?: VocabularyKind;
}

class MatchQuery {
  @ApiProperty({ example: 'Maquinado CNC de piezas de aluminio' })
  @IsString()
  @Length(1, 500)
  text!: string;
}

class PlaceQuery {
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
class TransitQueryDto {
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
}

const notFound = (field: string, value: string) =>
  new AppError('NOT_FOUND', { details: [{ field, issue: 'not_found', message: `no ${field} ${value}` }] });

/** Public reference data: the capability vocabulary, industry codes, places and transit estimates. */
@ApiTags('catalog')
@Public()
@Controller('catalog')
export class CatalogController {
  @Get('vocabulary')
  @ApiOkResponse({ description: 'Entries with English and Spanish names and synonyms; processes carry their family.' })
  entries(@Query() query: VocabularyQuery) {
    const all = vocabulary();
    return { version: all.version, data: query.kind ? all.entriesOfKind(query.kind) : all.entries };
  }

  @Get('vocabulary/match')
  @ApiOkResponse({ description: 'What free text (English or Spanish) maps to, with the words that matched.' })
  match(@Query() query: MatchQuery) {
    return { data: matchText(query.text) };
  }

  @Get('scian/:code')
  @ApiOkResponse({ description: 'A SCIAN 2018 entry with its NAICS 2017 codes and, for manufacturing classes, vocabulary entries.' })
  scian(@Param('code') code: string) {
    const entry = scianEntry(code);
    if (!entry) throw notFound('code', code);
    return { ...entry, naics: scianToNaics(code), vocabulary: scianClassVocabulary(code) };
  }

  @Get('us-zips/:zip')
  @ApiOkResponse({ description: 'A US ZIP code with its place and coordinates.' })
  zip(@Param('zip') zip: string) {
    const found = findUsZip(zip);
    if (!found) throw notFound('zip', zip);
    return found;
  }

  @Get('mx-places')
  @ApiOkResponse({ description: 'Geocodes a Mexican place: locality, else municipality seat, else state centroid, with the precision reached.' })
  place(@Query() query: PlaceQuery) {
    const found = geocodeMexicanAddress(query);
    if (!found) throw notFound('state', query.state);
    return found;
  }

  @Get('transit')
  @ApiOkResponse({ description: 'Road distance and transit days from a point in Mexico through each land port to a US ZIP; the best port first.' })
  transit(@Query() query: TransitQueryDto) {
    const estimate = estimateTransit({ origin: { lat: query.lat, lon: query.lon }, destinationZip: query.zip });
    if (!estimate) throw notFound('zip', query.zip);
    return estimate;
  }
}
