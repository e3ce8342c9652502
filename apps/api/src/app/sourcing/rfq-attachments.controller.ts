import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { CONTENT_TYPES, IgnoresBody, OptionalField, uuidParam } from '@puente/platform';
import { RFQ_ATTACHMENT_FILE_TYPES, RFQ_ATTACHMENT_KINDS, RfqAttachmentsService, type RfqAttachmentKind } from '@puente/sourcing';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { ForOrganizations } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { RFQ_ATTACHMENT_MEDIA_TYPES } from '../suppliers/document-upload.middleware';
import { fileDownload, uploadedBytes } from '../uploads/file-transfer';
import { RfqAttachmentResponse } from './rfqs.responses';

class AttachmentQuery {
  @ApiProperty({ enum: RFQ_ATTACHMENT_KINDS }) @IsIn(RFQ_ATTACHMENT_KINDS) kind!: RfqAttachmentKind;
  @ApiPropertyOptional({ maxLength: 300, description: 'The file’s name, kept as display text only.' }) @OptionalField() @IsString() @MaxLength(300) name?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The line the drawing belongs to; the whole RFQ when left out.' }) @OptionalField() @IsUUID() lineId?: string;
}

const DOWNLOAD = {
  description: 'The file’s bytes, with the type read from them at upload; always a download.',
  content: Object.fromEntries(RFQ_ATTACHMENT_FILE_TYPES.map((type) => [CONTENT_TYPES[type], { schema: { type: 'string', format: 'binary' } }])),
};

/** An RFQ's drawings and specifications: the buyer uploads; whoever may read the RFQ (past its NDA) downloads. */
@ApiTags('rfqs')
@ApiBearerAuth()
@Controller('rfqs/:rfqId/attachments')
export class RfqAttachmentsController {
  constructor(private readonly attachments: RfqAttachmentsService) {}

  @Post()
  @ForOrganizations('buyer')
  @IgnoresBody()
  @ApiConsumes(...RFQ_ATTACHMENT_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'The file’s bytes; its type is read from them: PDF, PNG, JPEG, STEP, IGES, DXF or ZIP.' })
  @ApiCreatedResponse({
    type: RfqAttachmentResponse,
    description:
      'Draft or open (an amendment with change `attachments`). 415 UPLOAD_TYPE_NOT_ALLOWED, 413 UPLOAD_TOO_LARGE (RFQ_ATTACHMENT_MAX_BYTES), 409 RFQ_ATTACHMENT_LIMIT (RFQ_ATTACHMENT_MAX_COUNT), 409 RFQ_CLOSED past the deadline.',
  })
  upload(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Query() query: AttachmentQuery,
    @Req() request: Request,
    @Origin() origin: RequestOrigin,
  ): Promise<RfqAttachmentResponse> {
    return this.attachments.add(principal, rfqId, { kind: query.kind, name: query.name, lineId: query.lineId, bytes: uploadedBytes(request) }, origin);
  }

  @Get(':attachmentId')
  @ApiOkResponse(DOWNLOAD)
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return fileDownload(response, await this.attachments.download(principal, rfqId, attachmentId));
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @ForOrganizations('buyer')
  @ApiNoContentResponse({ description: 'Drafts only; on a published RFQ 409 RFQ_INVALID_TRANSITION (detach_from_open).' })
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.attachments.remove(principal, rfqId, attachmentId, origin);
  }
}
