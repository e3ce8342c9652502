import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  estimateTransit,
  findUsZip,
  geocodeMexicanAddress,
  hsChapter,
  hsCode,
  matchText,
  normalizeHsCode,
  resolveMxState,
  scianClassVocabulary,
  scianEntry,
  scianToNaics,
  searchMxPlaces,
  searchVocabulary,
  vocabulary,
  vocabularyTree,
} from '@puente/catalog';
import { AppError, patternParam } from '@puente/platform';
import { Public } from '../auth/access.decorators';
import { MatchQuery, PlaceQuery, PlaceSearchQuery, TransitQueryDto, VocabularyQuery, VocabularySearchQuery } from './catalog.queries';
import {
  HsCodeResponse,
  MexicanGeocodeResponse,
  MxPlaceSearchResponse,
  ScianResponse,
  TextMatchListResponse,
  TransitEstimateResponse,
  UsZipResponse,
  VocabularyListResponse,
  VocabularySearchResponse,
  VocabularyTreeResponse,
} from './catalog.responses';

// Formats checked at the edge (400 naming the parameter), so a lookup only ever sees a plausible code.
const SCIAN_CODE = patternParam('code', /^(?:\d{2,6}|\d{2}-\d{2}|\d{4}[-.]\d{2})$/, 'a SCIAN code of 2 to 6 digits (3261-99 and 31-33 allowed)');
const HS_CODE = patternParam('code', /^(?:\d{1,6}|\d{4}[. -]\d{2}|\d{2}\.\d{2}\.\d{2})$/, 'an HS chapter (2 digits) or subheading (6 digits, 8413.60 allowed)');
const US_ZIP = patternParam('zip', /^\d{5}(?:-\d{4})?$/, 'a 5-digit US ZIP code (ZIP+4 allowed)');

const notFound = (field: string, value: string) =>
  new AppError('NOT_FOUND', { details: [{ field, issue: 'not_found', message: `no ${field} ${value}` }] });

/** Public reference data: the capability vocabulary, industry codes, places and transit estimates. */
@ApiTags('catalog')
@Public()
@Controller('catalog')
export class CatalogController {
  @Get('vocabulary')
  @ApiOkResponse({ type: VocabularyListResponse, description: 'Entries with English and Spanish names and synonyms; processes carry their family.' })
  entries(@Query() query: VocabularyQuery): VocabularyListResponse {
    const all = vocabulary();
    return { version: all.version, data: query.kind ? all.entriesOfKind(query.kind) : all.entries };
  }

  @Get('vocabulary/tree')
  @ApiOkResponse({ type: VocabularyTreeResponse, description: 'Process families with their processes nested, then materials, industries and certifications, in file order, in both languages.' })
  tree(): VocabularyTreeResponse {
    return vocabularyTree(vocabulary());
  }

  @Get('vocabulary/search')
  @ApiOkResponse({ type: VocabularySearchResponse,
    description:
      'Suggestions for what a user is typing, in English or Spanish, best first: exact name, start of a name or synonym, a phrase a longer text mentions, the starts of its words, small typos. Each says which term matched and how.',
  })
  search(@Query() query: VocabularySearchQuery): VocabularySearchResponse {
    const data = searchVocabulary(query.q, { kinds: query.kind ? [query.kind] : undefined, limit: query.limit });
    return { version: vocabulary().version, data };
  }

  @Get('vocabulary/match')
  @ApiOkResponse({ type: TextMatchListResponse, description: 'What free text (English or Spanish) maps to, with the words that matched.' })
  match(@Query() query: MatchQuery): TextMatchListResponse {
    return { data: matchText(query.text) };
  }

  @Get('scian/:code')
  @ApiOkResponse({ type: ScianResponse, description: 'A SCIAN 2018 entry with its NAICS 2017 codes and, for manufacturing classes, vocabulary entries.' })
  scian(@Param('code', SCIAN_CODE) code: string): ScianResponse {
    const entry = scianEntry(code);
    if (!entry) throw notFound('code', code);
    return { ...entry, naics: scianToNaics(code), vocabulary: scianClassVocabulary(code) };
  }

  @Get('hs/:code')
  @ApiOkResponse({ type: HsCodeResponse, description: 'An HS 2022 chapter (2 digits) or subheading (6 digits, dots allowed: 8413.60) with its chapter and section.' })
  hs(@Param('code', HS_CODE) code: string): HsCodeResponse {
    const normalized = normalizeHsCode(code);
    const subheading = normalized.length === 6 ? hsCode(normalized) : undefined;
    const chapter = hsChapter(subheading?.chapter ?? normalized);
    if (!chapter || (normalized.length !== 2 && !subheading)) throw notFound('code', code);
    return subheading
      ? { code: subheading.code, level: 'subheading', description: subheading.description, chapter }
      : { code: chapter.code, level: 'chapter', description: chapter.description, chapter };
  }

  @Get('us-zips/:zip')
  @ApiOkResponse({ type: UsZipResponse, description: 'A US ZIP code with its place and coordinates.' })
  zip(@Param('zip', US_ZIP) zip: string): UsZipResponse {
    const found = findUsZip(zip);
    if (!found) throw notFound('zip', zip);
    return found;
  }

  @Get('mx-places')
  @ApiOkResponse({ type: MexicanGeocodeResponse, description: 'Geocodes a Mexican place: locality, else municipality seat, else state centroid, with the precision reached.' })
  place(@Query() query: PlaceQuery): MexicanGeocodeResponse {
    const found = geocodeMexicanAddress(query);
    if (!found) throw notFound('state', query.state);
    return found;
  }

  @Get('mx-places/search')
  @ApiOkResponse({ type: MxPlaceSearchResponse,
    description: 'Type-ahead over Mexican localities, municipalities and states: best match first (exact, start of the name, starts of its words), then the most populous.',
  })
  searchPlaces(@Query() query: PlaceSearchQuery): MxPlaceSearchResponse {
    const state = query.state === undefined ? undefined : resolveMxState(query.state);
    if (query.state !== undefined && !state) throw notFound('state', query.state);
    return { data: searchMxPlaces(query.q, { state, limit: query.limit }) };
  }

  @Get('transit')
  @ApiOkResponse({ type: TransitEstimateResponse, description: 'Road distance and transit days from a point in Mexico through each land port to a US ZIP; the best port first, with the assumptions used (defaults unless given).' })
  transit(@Query() query: TransitQueryDto): TransitEstimateResponse {
    const { roadFactor, kmPerDay, crossingDays } = query;
    const estimate = estimateTransit({ origin: { lat: query.lat, lon: query.lon }, destinationZip: query.zip, assumptions: { roadFactor, kmPerDay, crossingDays } });
    if (!estimate) throw notFound('zip', query.zip);
    return estimate;
  }
}
