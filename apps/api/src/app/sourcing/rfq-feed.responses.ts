import { ApiProperty } from '@nestjs/swagger';
import type { RfqFeedItemView, RfqFeedView } from '@puente/sourcing';
import { ExplanationResponse } from '../search/search.responses';
import { SupplierRfqSummaryResponse } from './invitations.responses';

export class RfqFeedItemResponse implements RfqFeedItemView {
  @ApiProperty({ type: SupplierRfqSummaryResponse }) readonly rfq!: SupplierRfqSummaryResponse;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Your invitation to it, if any (invitations come first).' })
  readonly invitationId!: string | null;
  @ApiProperty({ description: 'Your profile scored against the RFQ’s requirement (the matching’s scoring, inverted); 0 when rankedBy is deadline.' })
  readonly score!: number;
  @ApiProperty({ type: ExplanationResponse }) readonly explanation!: ExplanationResponse;
}

export class RfqFeedResponse implements RfqFeedView {
  @ApiProperty({ type: [RfqFeedItemResponse] }) readonly items!: RfqFeedItemResponse[];
  @ApiProperty({ type: String, nullable: true }) readonly nextCursor!: string | null;
  @ApiProperty({
    enum: ['fit', 'deadline'],
    description: 'fit: ranked by your published profile. deadline: you have no published profile to score, so scores are 0, explanations empty and the nearest deadline comes first.',
  })
  readonly rankedBy!: 'fit' | 'deadline';
}
