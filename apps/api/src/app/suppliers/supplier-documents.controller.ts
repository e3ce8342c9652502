import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { PrincipalService, type Principal, type RequestOrigin } from '@puente/identity';
import { IgnoresBody, OptionalField, uuidParam } from '@puente/platform';
import { DOCUMENT_KINDS, SupplierDocumentsService, type DocumentKind } from '@puente/suppliers';
import { IsIn, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { AdminOnly, ForOrganizations, Public } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { fileDownload, uploadedBytes } from '../uploads/file-transfer';
import { DocumentResponse } from './supplier-profile.responses';

class UploadQuery {
  @ApiProperty({ enum: DOCUMENT_KINDS }) @IsIn(DOCUMENT_KINDS) kind!: DocumentKind;
  @ApiPropertyOptional({ maxLength: 300, description: 'The file’s name, kept as display text only.' }) @OptionalField() @IsString() @MaxLength(300) name?: string;
}

const FILE_BODY = { schema: { type: 'string', format: 'binary' }, description: 'The file’s bytes. Its type is read from the bytes: PDF, PNG, JPEG or WebP (photos: images only).' } as const;
const FILE_TYPES = ['application/octet-stream', 'application/pdf', 'image/png', 'image/jpeg', 'image/webp'];
const DOWNLOAD = {
  description: 'The file’s bytes, with the type read from them at upload.',
  content: Object.fromEntries(FILE_TYPES.slice(1).map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
};

/** The supplier's own documents and photos. */
@ApiTags('supplier-profile')
@ApiBearerAuth()
@ForOrganizations('supplier')
@Controller('supplier-profile/documents')
export class SupplierDocumentsController {
  constructor(private readonly documents: SupplierDocumentsService) {}

  @Post()
  @IgnoresBody()
  @ApiConsumes(...FILE_TYPES)
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: DocumentResponse, description: 'Stored under a random key. 415 UPLOAD_TYPE_NOT_ALLOWED, 413 UPLOAD_TOO_LARGE, 413 UPLOAD_QUOTA_EXCEEDED.' })
  upload(@CurrentPrincipal() principal: Principal, @Query() query: UploadQuery, @Req() request: Request, @Origin() origin: RequestOrigin): Promise<DocumentResponse> {
    return this.documents.uploadOwn(principal, { kind: query.kind, name: query.name, bytes: uploadedBytes(request) }, origin);
  }

  @Get(':documentId')
  @ApiOkResponse(DOWNLOAD)
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('documentId', uuidParam('documentId')) documentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return fileDownload(response, await this.documents.download(principal, documentId));
  }

  @Delete(':documentId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; certifications that used it lose the link.' })
  async remove(@CurrentPrincipal() principal: Principal, @Param('documentId', uuidParam('documentId')) documentId: string, @Origin() origin: RequestOrigin): Promise<void> {
    await this.documents.removeOwn(principal, documentId, origin);
  }
}

/** A supplier's document through its public profile: a public certification's certificate, or anything for the owner and admins. */
@ApiTags('suppliers')
@Public()
@Controller('suppliers/:supplierId/documents')
export class PublicSupplierDocumentsController {
  constructor(
    private readonly documents: SupplierDocumentsService,
    private readonly principals: PrincipalService,
  ) {}

  @Get(':documentId')
  @ApiOkResponse(DOWNLOAD)
  async download(
    @Param('supplierId', uuidParam('supplierId')) supplierId: string,
    @Param('documentId', uuidParam('documentId')) documentId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const viewer = scheme === 'Bearer' && token ? await this.principals.authenticate(token) : null;
    return fileDownload(response, await this.documents.download(viewer, documentId, supplierId));
  }
}

/** Admins attach documents to a supplier, such as the audit report of a site visit (verification level site_audited). */
@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('admin/suppliers/:supplierId/documents')
export class AdminSupplierDocumentsController {
  constructor(private readonly documents: SupplierDocumentsService) {}

  @Post()
  @IgnoresBody()
  @ApiConsumes(...FILE_TYPES)
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: DocumentResponse })
  upload(
    @CurrentPrincipal() admin: Principal,
    @Param('supplierId', uuidParam('supplierId')) supplierId: string,
    @Query() query: UploadQuery,
    @Req() request: Request,
    @Origin() origin: RequestOrigin,
  ): Promise<DocumentResponse> {
    return this.documents.uploadForSupplier(admin, supplierId, { kind: query.kind, name: query.name, bytes: uploadedBytes(request) }, origin);
  }
}
