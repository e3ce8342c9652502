import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@puente/identity';
import { OptionalField, uuidParam, type Language } from '@puente/platform';
import { QuotePdfService } from '@puente/sourcing';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/request-principal';

const LANGUAGES = ['en', 'es'] as const;

class QuotePdfQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The summary’s language; by default a supplier’s own language, English for the buyer.' })
  @OptionalField()
  @IsIn(LANGUAGES)
  lang?: Language;
}

/** The printable quote summary: the same document for the supplier and the buyer, each in its language. */
@ApiTags('quotes')
@ApiBearerAuth()
@Controller('quotes/:quoteId/pdf')
export class QuotePdfController {
  constructor(private readonly pdfs: QuotePdfService) {}

  @Get()
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      'The current revision as a PDF (always a download, `quote-<first 8 of the id>-r<revision>.pdf`): prices per quantity break, tooling, terms, origin and the order total per break. Read as `GET /quotes/{quoteId}`: the quoting organization, the RFQ’s buyer once unsealed (403 QUOTES_SEALED before), admins; 404 for anyone else.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('quoteId', uuidParam('quoteId')) quoteId: string,
    @Query() query: QuotePdfQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const pdf = await this.pdfs.render(principal, quoteId, query.lang);
    response.setHeader('content-disposition', `attachment; filename="${pdf.fileName}"`);
    response.setHeader('content-language', pdf.language);
    response.setHeader('x-content-type-options', 'nosniff');
    // Prices: never kept by a shared cache.
    response.setHeader('cache-control', 'private, no-store');
    return new StreamableFile(pdf.bytes, { type: 'application/pdf', length: pdf.bytes.length });
  }
}
