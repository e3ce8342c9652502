import { ApiProperty } from '@nestjs/swagger';
import { RFQ_STATES, type RfqAwardView, type RfqAwardsView, type RfqState } from '@puente/sourcing';

// Response schemas of the award routes; each class implements the library's view.

export class AwardSupplierResponse {
  @ApiProperty({ format: 'uuid' }) readonly organizationId!: string;
  @ApiProperty({ example: 'Maquinados del Bajío' }) readonly name!: string;
}

export class RfqAwardResponse implements RfqAwardView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ format: 'uuid' }) readonly rfqLineId!: string;
  @ApiProperty({ description: 'The RFQ line’s position (0-based).' }) readonly position!: number;
  @ApiProperty({ example: 'Mounting bracket' }) readonly partName!: string;
  @ApiProperty({ format: 'uuid' }) readonly quoteId!: string;
  @ApiProperty({ type: AwardSupplierResponse }) readonly supplier!: AwardSupplierResponse;
  @ApiProperty({ type: String, nullable: true, description: 'The buyer’s reason; null for a supplier.' }) readonly reason!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly awardedAt!: string;
  @ApiProperty({ description: 'Whether the comparison the award was made on is kept with it.' }) readonly comparisonFrozen!: boolean;
}

export class RfqAwardsResponse implements RfqAwardsView {
  @ApiProperty({ format: 'uuid' }) readonly rfqId!: string;
  @ApiProperty({ enum: RFQ_STATES }) readonly state!: RfqState;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When every line was awarded or closed unawarded.' }) readonly awardedAt!: string | null;
  @ApiProperty({ type: [RfqAwardResponse], description: 'In line order; a supplier sees only its own.' }) readonly awards!: RfqAwardResponse[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Lines closed without an award (empty for a supplier).' }) readonly closedUnawardedLineIds!: string[];
}
