import { Controller, Get, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { IgnoresBody, OptionalField, uuidParam } from '@puente/platform';
import { QuoteAttachmentsService } from '@puente/sourcing';
import { IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { ForOrganizations } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { fileDownload, uploadedBytes } from '../uploads/file-transfer';
import { QuoteAttachmentResponse } from './quotes.responses';

class QuoteAttachmentQuery {
  @ApiPropertyOptional({ maxLength: 300, description: 'The file’s name, kept as display text only.' }) @OptionalField() @IsString() @MaxLength(300) name?: string;
}

const PDF = { 'application/pdf': { schema: { type: 'string', format: 'binary' } } };

/** A supplier's own quote documents: uploaded while the RFQ is open, downloaded by whoever may read the quote. */
@ApiTags('quotes')
@ApiBearerAuth()
@Controller()
export class QuoteAttachmentsController {
  constructor(private readonly attachments: QuoteAttachmentsService) {}

  @Post('rfqs/:rfqId/quote/attachments')
  @ForOrganizations('supplier')
  @IgnoresBody()
  @ApiConsumes('application/pdf', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'The PDF’s bytes (the type is read from them). List its id in `attachmentIds` of the quote you send.' })
  @ApiCreatedResponse({
    type: QuoteAttachmentResponse,
    description:
      'While the RFQ is open, before or after your first quote. 415 UPLOAD_TYPE_NOT_ALLOWED (PDF only), 413 UPLOAD_TOO_LARGE (QUOTE_ATTACHMENT_MAX_BYTES), 409 RFQ_ATTACHMENT_LIMIT (QUOTE_ATTACHMENT_MAX_COUNT per RFQ and organization), 409 RFQ_CLOSED, 403 QUOTE_SUPPLIER_NOT_ELIGIBLE, 403 RFQ_NDA_REQUIRED.',
  })
  upload(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Query() query: QuoteAttachmentQuery,
    @Req() request: Request,
    @Origin() origin: RequestOrigin,
  ): Promise<QuoteAttachmentResponse> {
    return this.attachments.add(principal, rfqId, { name: query.name, bytes: uploadedBytes(request) }, origin);
  }

  @Get('quotes/:quoteId/attachments/:attachmentId')
  @ApiOkResponse({ description: 'The PDF, always as a download. The quote’s read rule: 404, or 403 QUOTES_SEALED for its buyer while sealed.', content: PDF })
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('quoteId', uuidParam('quoteId')) quoteId: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return fileDownload(response, await this.attachments.download(principal, quoteId, attachmentId));
  }
}
