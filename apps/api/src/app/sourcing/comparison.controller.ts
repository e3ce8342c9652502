import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { OptionalField, uuidParam, type Language } from '@puente/platform';
import { COMPARISON_SORTS, comparisonCsv, comparisonCsvFileName, RfqComparisonService, type ComparisonSort } from '@puente/sourcing';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import { ForOrganizations } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { RfqComparisonResponse } from './comparison.responses';

const LANGUAGES = ['en', 'es'] as const;
const FORMATS = ['json', 'csv'] as const;

class ComparisonQuery {
  @ApiPropertyOptional({ enum: COMPARISON_SORTS, default: 'landed', description: 'Order of the quotes within each line and break: landed cost per unit (default), quoted price in USD, days to delivery, supplier name.' })
  @OptionalField()
  @IsIn(COMPARISON_SORTS)
  sort?: ComparisonSort;

  @ApiPropertyOptional({ enum: FORMATS, default: 'json', description: '`csv`: one row per quote × line × break, a download (UTF-8 with BOM).' })
  @OptionalField()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The CSV headers’ language; by default the reader’s.' })
  @OptionalField()
  @IsIn(LANGUAGES)
  lang?: Language;
}

class RefreshQuery {
  @ApiPropertyOptional({ enum: COMPARISON_SORTS, default: 'landed' })
  @OptionalField()
  @IsIn(COMPARISON_SORTS)
  sort?: ComparisonSort;
}

const READERS =
  'The RFQ’s buyer once the quotes are unsealed (403 QUOTES_SEALED before), admins; suppliers and other buyers 404. 409 FX_RATE_MISSING when an MXN quote needs a rate and none exists on or before today.';

/** The buyer's comparison of an RFQ's quotes by landed cost in USD, frozen at the first read after close. */
@ApiTags('quotes')
@ApiBearerAuth()
@Controller('rfqs/:rfqId/comparison')
export class ComparisonController {
  constructor(private readonly comparisons: RfqComparisonService) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: RfqComparisonResponse,
    description: `The active quotes side by side per line and quantity break, each with its landed cost per unit delivered to the RFQ’s ZIP and every assumption. Before close (open bidding) computed live, \`frozenAt: null\`; the first read after close freezes it (rates, assumptions, rows) and later reads answer the frozen one. ${READERS}`,
  })
  async read(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Query() query: ComparisonQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RfqComparisonResponse | StreamableFile> {
    const comparison = await this.comparisons.read(principal, rfqId, query.sort);
    if (query.format !== 'csv') return comparison;
    const language = query.lang ?? principal.language;
    response.setHeader('content-disposition', `attachment; filename="${comparisonCsvFileName(rfqId)}"`);
    response.setHeader('content-language', language);
    response.setHeader('x-content-type-options', 'nosniff');
    // Prices: never kept by a shared cache.
    response.setHeader('cache-control', 'private, no-store');
    const csv = comparisonCsv(comparison, language);
    return new StreamableFile(csv, { type: 'text/csv; charset=utf-8', length: csv.length });
  }

  @Post('refresh')
  @HttpCode(200)
  @ForOrganizations('buyer')
  @ApiOkResponse({
    type: RfqComparisonResponse,
    description: 'The RFQ’s buyer recomputes a closed RFQ’s comparison with today’s rates and figures; recorded (refreshedCount, an audit event with the old and new rate). 409 RFQ_INVALID_TRANSITION before close (the comparison is live then, issue `not_closed`) and once the RFQ is awarded (issue `refresh_from_awarded`: the comparison the awards were made on is the record); 403 QUOTES_SEALED never (a closed RFQ is unsealed); other buyers 404.',
  })
  refresh(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Query() query: RefreshQuery,
    @Origin() origin: RequestOrigin,
  ): Promise<RfqComparisonResponse> {
    return this.comparisons.refresh(principal, rfqId, origin, query.sort);
  }
}
