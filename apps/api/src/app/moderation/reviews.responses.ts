import { ApiProperty } from '@nestjs/swagger';
import { REVIEW_REASON_CODES, REVIEW_STATES, type ReviewFieldComparison, type ReviewItemDetail, type ReviewItemView, type ReviewKind, type ReviewState } from '@puente/moderation';

export const REVIEW_KINDS: readonly ReviewKind[] = ['supplier_profile', 'listing_claim', 'rfq', 'report'];

// Response schemas of /admin/reviews. Each `implements` the service's view, so a new field fails to
// compile until it is documented here.

export class ReviewItemResponse implements ReviewItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REVIEW_KINDS }) kind!: ReviewKind;
  @ApiProperty({ format: 'uuid', description: 'The reviewed subject (a supplier profile for supplier_profile)' }) subjectId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ type: String, nullable: true }) organizationName!: string | null;
  @ApiProperty({ enum: REVIEW_STATES }) state!: ReviewState;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) assigneeName!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: REVIEW_REASON_CODES }) reasonCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedByUserId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class ReviewItemPageResponse {
  @ApiProperty({ type: [ReviewItemResponse], description: 'Oldest first' }) data!: ReviewItemResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last page' }) nextCursor!: string | null;
}

export class ReviewFieldComparisonResponse implements ReviewFieldComparison {
  @ApiProperty({ example: 'tradeName' }) field!: string;
  @ApiProperty({ description: 'Any JSON value; null when never published', nullable: true, type: 'object', additionalProperties: true }) published!: unknown;
  @ApiProperty({ description: 'Any JSON value', nullable: true, type: 'object', additionalProperties: true }) proposed!: unknown;
  @ApiProperty() changed!: boolean;
}

export class ReviewItemDetailResponse implements ReviewItemDetail {
  @ApiProperty({ type: ReviewItemResponse }) item!: ReviewItemResponse;
  @ApiProperty({
    type: [ReviewFieldComparisonResponse],
    nullable: true,
    description: 'Published beside proposed, changed fields marked, while the item is open; null once decided',
  })
  comparison!: ReviewFieldComparisonResponse[] | null;
}

export class ReviewReasonResponse {
  @ApiProperty({ enum: REVIEW_REASON_CODES }) code!: string;
  @ApiProperty({ description: 'In English' }) en!: string;
  @ApiProperty({ description: 'In Spanish' }) es!: string;
}

export class ReviewReasonListResponse {
  @ApiProperty({ type: [ReviewReasonResponse] }) data!: ReviewReasonResponse[];
}
