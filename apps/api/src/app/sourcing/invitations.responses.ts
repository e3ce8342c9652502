import { ApiProperty } from '@nestjs/swagger';
import {
  DECLINE_REASONS,
  INVITATION_SOURCES,
  INVITATION_STATES,
  RFQ_STATES,
  RFQ_UNITS,
  RFQ_VISIBILITIES,
  type DeclineReason,
  type InvitationSource,
  type InvitationState,
  type InvitedSupplierView,
  type RfqInvitationListView,
  type RfqInvitationView,
  type RfqState,
  type RfqUnit,
  type RfqVisibility,
  type SupplierInvitationListView,
  type SupplierInvitationView,
  type SupplierRfqSummaryView,
} from '@puente/sourcing';
import { VERIFICATION_LEVELS, type VerificationLevel } from '@puente/suppliers';
import { ExplanationResponse, SearchLocationResponse } from '../search/search.responses';

// Response schemas of the invitation routes; each class implements the library's view.

export class InvitedSupplierResponse implements InvitedSupplierView {
  @ApiProperty({ format: 'uuid', description: 'The supplierId (GET /suppliers/{supplierId}).' }) readonly id!: string;
  @ApiProperty({ type: String, nullable: true }) readonly legalName!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly tradeName!: string | null;
  @ApiProperty({ description: 'False for an unclaimed directory listing: invited, but nobody to notify.' }) readonly claimed!: boolean;
  @ApiProperty({ enum: VERIFICATION_LEVELS }) readonly verificationLevel!: VerificationLevel;
  @ApiProperty({ type: SearchLocationResponse, nullable: true, description: 'The plant the match measured transit from, else the first one.' })
  readonly location!: SearchLocationResponse | null;
}

export class RfqInvitationResponse implements RfqInvitationView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ type: InvitedSupplierResponse }) readonly supplier!: InvitedSupplierResponse;
  @ApiProperty({ enum: INVITATION_SOURCES }) readonly source!: InvitationSource;
  @ApiProperty({ type: Number, nullable: true, description: '1-based place in the match; null for a buyer pick the matching did not rank.' }) readonly rank!: number | null;
  @ApiProperty({ type: Number, nullable: true }) readonly score!: number | null;
  @ApiProperty({ type: ExplanationResponse, nullable: true, description: 'Why the matching chose it, as it stood at the time of the match.' })
  readonly explanation!: ExplanationResponse | null;
  @ApiProperty({ enum: INVITATION_STATES }) readonly state!: InvitationState;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true }) readonly declineReason!: DeclineReason | null;
  @ApiProperty({ type: String, nullable: true }) readonly declineNote!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly declinedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null for an unclaimed listing (no users to tell).' }) readonly notifiedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
}

export class DeclineCountsResponse implements Record<DeclineReason, number> {
  @ApiProperty() readonly no_capacity!: number;
  @ApiProperty() readonly not_our_process!: number;
  @ApiProperty() readonly volume_too_low!: number;
  @ApiProperty() readonly other!: number;
}

export class RfqInvitationListResponse implements RfqInvitationListView {
  @ApiProperty({ type: [RfqInvitationResponse] }) readonly data!: RfqInvitationResponse[];
  @ApiProperty({ type: DeclineCountsResponse, description: 'Declines counted by reason; every reason present.' }) readonly declines!: DeclineCountsResponse;
}

export class SupplierRfqLineResponse {
  @ApiProperty({ type: [String], example: ['proc.machining.cnc-machining'] }) readonly processes!: string[];
  @ApiProperty({ type: [Number], example: [500, 1000] }) readonly quantities!: number[];
  @ApiProperty({ enum: RFQ_UNITS }) readonly unit!: RfqUnit;
}

export class SupplierRfqSummaryResponse implements SupplierRfqSummaryView {
  @ApiProperty({ format: 'uuid', description: 'The rfqId (GET /rfqs/{rfqId}).' }) readonly id!: string;
  @ApiProperty({ enum: RFQ_STATES }) readonly state!: RfqState;
  @ApiProperty() readonly title!: string;
  @ApiProperty() readonly buyerName!: string;
  @ApiProperty({ type: [String] }) readonly processes!: string[];
  @ApiProperty({ type: [SupplierRfqLineResponse] }) readonly lines!: SupplierRfqLineResponse[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly quoteDeadline!: string | null;
  @ApiProperty() readonly ndaRequired!: boolean;
  @ApiProperty({ enum: RFQ_VISIBILITIES }) readonly visibility!: RfqVisibility;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly publishedAt!: string | null;
}

export class SupplierInvitationResponse implements SupplierInvitationView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ type: SupplierRfqSummaryResponse }) readonly rfq!: SupplierRfqSummaryResponse;
  @ApiProperty({ enum: INVITATION_STATES }) readonly state!: InvitationState;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true }) readonly declineReason!: DeclineReason | null;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
}

export class SupplierInvitationListResponse implements SupplierInvitationListView {
  @ApiProperty({ type: [SupplierInvitationResponse] }) readonly data!: SupplierInvitationResponse[];
  @ApiProperty({ type: String, nullable: true }) readonly nextCursor!: string | null;
}
