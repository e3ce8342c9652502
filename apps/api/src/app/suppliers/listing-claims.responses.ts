import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CLAIM_EVIDENCE_KINDS,
  CLAIM_STATES,
  type ClaimDecisionView,
  type ClaimEvidence,
  type ClaimEvidenceKind,
  type ClaimState,
  type ClaimView,
  type DirectoryListingItem,
  type DirectorySearchPage,
  type FactOrigin,
  type ListingFactField,
  type ListingSourceView,
  type ListingView,
  type SourceMerge,
} from '@puente/suppliers';

// Response schemas of the directory and claim routes; each class implements the library's view.

const ORIGINS = ['registry', 'owner'];

export class ScianResponse {
  @ApiProperty({ example: '331318' }) readonly code!: string;
  @ApiProperty({ example: 'Fabricación de otros productos de aluminio' }) readonly title!: string;
}

export class SourceMergeResponse implements SourceMerge {
  @ApiProperty({ example: 'RETC' }) readonly withRegistry!: string;
  @ApiProperty() readonly withSourceId!: string;
  @ApiProperty({ description: 'pg_trgm similarity of the normalized names, 0 to 1.' }) readonly nameSimilarity!: number;
  @ApiProperty() readonly distanceMeters!: number;
}

export class ListingSourceResponse implements ListingSourceView {
  @ApiProperty({ example: 'RETC' }) readonly registry!: string;
  @ApiProperty({ example: 'ALU0100100034' }) readonly id!: string;
  @ApiProperty({ description: 'The registry’s latest file no longer has the row.' }) readonly removed!: boolean;
  @ApiProperty({ type: SourceMergeResponse, nullable: true, description: 'How this source joined a listing another registry created.' })
  readonly merge!: SourceMergeResponse | null;
}

export class FactOriginsResponse implements Record<ListingFactField, FactOrigin> {
  @ApiProperty({ enum: ORIGINS }) readonly legalName!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly tradeName!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly rfc!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly website!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly yearFounded!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly employeeBand!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly description!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly processes!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly materials!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly industries!: FactOrigin;
  @ApiProperty({ enum: ORIGINS }) readonly plants!: FactOrigin;
}

export class ListingResponse implements ListingView {
  @ApiProperty({ description: 'A company owns the listing (an admin approved its claim).' }) readonly claimed!: boolean;
  @ApiProperty({ type: [ListingSourceResponse] }) readonly sources!: ListingSourceResponse[];
  @ApiProperty({ type: FactOriginsResponse, description: '`owner` when the listing is claimed and the published value differs from every registry row.' })
  readonly factOrigins!: FactOriginsResponse;
  @ApiProperty({ type: ScianResponse, nullable: true }) readonly scian!: ScianResponse | null;
  @ApiProperty({ type: String, nullable: true, description: 'The registry’s own activity text, verbatim.' }) readonly activityText!: string | null;
  @ApiProperty({ type: [String], description: 'Certifications the registry declares: unverified and undated.' }) readonly declaredCertifications!: string[];
}

export class ClaimEvidenceResponse implements ClaimEvidence {
  @ApiProperty({ enum: CLAIM_EVIDENCE_KINDS }) readonly kind!: ClaimEvidenceKind;
  @ApiPropertyOptional({ example: 'aluliq.com.mx' }) readonly emailDomain?: string;
  @ApiPropertyOptional({ example: 'aluliq.com.mx' }) readonly websiteDomain?: string;
  @ApiPropertyOptional() readonly rfc?: string;
  @ApiPropertyOptional({ format: 'uuid' }) readonly documentId?: string;
  @ApiPropertyOptional() readonly documentName?: string;
}

export class ReasonTextResponse {
  @ApiProperty() readonly en!: string;
  @ApiProperty() readonly es!: string;
}

export class ClaimDecisionResponse implements ClaimDecisionView {
  @ApiProperty({ type: String, nullable: true }) readonly reasonCode!: string | null;
  @ApiProperty({ type: ReasonTextResponse, nullable: true }) readonly reasonText!: ReasonTextResponse | null;
  @ApiProperty({ type: String, nullable: true }) readonly note!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly decidedAt!: string;
}

export class ClaimResponse implements ClaimView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ format: 'uuid', description: 'The claimed listing.' }) readonly supplierId!: string;
  @ApiProperty() readonly listingName!: string;
  @ApiProperty({ format: 'uuid' }) readonly organizationId!: string;
  @ApiProperty() readonly organizationName!: string;
  @ApiProperty({ enum: CLAIM_STATES }) readonly state!: ClaimState;
  @ApiProperty({ type: ClaimEvidenceResponse }) readonly evidence!: ClaimEvidenceResponse;
  @ApiProperty({ type: String, nullable: true }) readonly note!: string | null;
  @ApiProperty({ type: ClaimDecisionResponse, nullable: true }) readonly decision!: ClaimDecisionResponse | null;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
}

export class ClaimListResponse {
  @ApiProperty({ type: [ClaimResponse] }) readonly data!: ClaimResponse[];
}

export class DirectorySourceRefResponse {
  @ApiProperty({ example: 'RETC' }) readonly registry!: string;
  @ApiProperty({ example: 'ALU0100100034' }) readonly id!: string;
}

export class DirectoryListingItemResponse implements DirectoryListingItem {
  @ApiProperty({ format: 'uuid' }) readonly supplierId!: string;
  @ApiProperty({ description: 'Trade name, else legal name.' }) readonly name!: string;
  @ApiProperty({ type: String, nullable: true }) readonly legalName!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly tradeName!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly municipality!: string | null;
  @ApiProperty() readonly state!: string;
  @ApiProperty({ type: ScianResponse, nullable: true }) readonly scian!: ScianResponse | null;
  @ApiProperty() readonly claimed!: boolean;
  @ApiProperty({ type: [DirectorySourceRefResponse] }) readonly sources!: DirectorySourceRefResponse[];
  @ApiProperty({ enum: ['name', 'rfc', 'municipality'] }) readonly matchedOn!: DirectoryListingItem['matchedOn'];
}

export class DirectoryListingsResponse implements DirectorySearchPage {
  @ApiProperty({ type: [DirectoryListingItemResponse] }) readonly items!: DirectoryListingItemResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page.' }) readonly nextCursor!: string | null;
}
