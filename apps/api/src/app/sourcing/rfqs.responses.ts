import { ApiProperty } from '@nestjs/swagger';
import {
  DECLINE_REASONS,
  INCOTERMS,
  INVITATION_STATES,
  RFQ_ATTACHMENT_KINDS,
  RFQ_BIDDINGS,
  RFQ_CLOSE_REASONS,
  RFQ_STATES,
  RFQ_UNITS,
  RFQ_VISIBILITIES,
  type DeclineReason,
  type Incoterm,
  type InvitationState,
  type RfqAmendmentView,
  type RfqAttachmentKind,
  type RfqAttachmentView,
  type RfqBidding,
  type RfqCloseReason,
  type RfqFieldChange,
  type RfqLineView,
  type RfqListView,
  type RfqNdaView,
  type RfqOwnInvitationView,
  type RfqReaderRole,
  type RfqState,
  type RfqSummaryView,
  type RfqUnit,
  type RfqLineAwardView,
  type RfqView,
  type RfqVisibility,
} from '@puente/sourcing';
import { OwnQuoteSummaryResponse } from './quotes.responses';

// Response schemas of the RFQ routes; each class implements the library's view so a field the service
// stops returning fails to compile.

const GATED = 'Null (or empty) for a supplier behind the NDA gate.';

export class RfqLineResponse implements RfqLineView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ description: '0-based order.' }) readonly position!: number;
  @ApiProperty({ type: String, nullable: true, description: GATED }) readonly partName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: GATED }) readonly partNumber!: string | null;
  @ApiProperty({ type: String, nullable: true, description: GATED }) readonly notes!: string | null;
  @ApiProperty({ type: [String], example: ['proc.machining.cnc-machining'] }) readonly processes!: string[];
  @ApiProperty({ type: [String], example: ['mat.aluminum'], description: GATED }) readonly materials!: string[];
  @ApiProperty({ type: [Number], example: [500, 1000, 5000], description: 'Quantity breaks, ascending.' }) readonly quantities!: number[];
  @ApiProperty({ enum: RFQ_UNITS }) readonly unit!: RfqUnit;
  @ApiProperty({ type: Number, nullable: true, description: GATED }) readonly unitsPerTruckload!: number | null;
}

export class RfqAttachmentResponse implements RfqAttachmentView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The line it belongs to; null for the whole RFQ.' }) readonly lineId!: string | null;
  @ApiProperty({ enum: RFQ_ATTACHMENT_KINDS }) readonly kind!: RfqAttachmentKind;
  @ApiProperty({ example: 'bracket.step' }) readonly fileName!: string;
  @ApiProperty({ enum: ['pdf', 'png', 'jpeg', 'step', 'iges', 'dxf', 'zip'], description: 'Read from the bytes.' }) readonly fileType!: string;
  @ApiProperty() readonly sizeBytes!: number;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
}

export class RfqNdaResponse implements RfqNdaView {
  @ApiProperty() readonly required!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Shown to a gated supplier so it can read before accepting.' }) readonly text!: string | null;
  @ApiProperty({ description: 'The version an acceptance is of (POST /rfqs/{rfqId}/nda with it).' }) readonly version!: number;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Suppliers: whether their organization accepted this version; null for buyers and admins.' })
  readonly accepted!: boolean | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly acceptedAt!: string | null;
}

export class RfqFieldChangeResponse implements RfqFieldChange {
  @ApiProperty({ example: 'lines[0].quantities', description: 'The field path: `quoteDeadline`, `lines[1].quantities`, `lines[2]` (a line added or removed), `attachments`.' })
  readonly field!: string;
  @ApiProperty({ description: 'Any JSON value: the value before.', nullable: true, type: 'object', additionalProperties: true }) readonly before!: unknown;
  @ApiProperty({ description: 'Any JSON value: the value after.', nullable: true, type: 'object', additionalProperties: true }) readonly after!: unknown;
}

export class RfqAmendmentResponse implements RfqAmendmentView {
  @ApiProperty() readonly version!: number;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
  @ApiProperty({ type: String, nullable: true, description: `The buyer’s note. ${GATED}` }) readonly note!: string | null;
  @ApiProperty({ type: [RfqFieldChangeResponse], description: 'Behind the NDA gate: only the fields a gated supplier may read.' }) readonly changes!: RfqFieldChangeResponse[];
}

export class RfqOwnInvitationResponse implements RfqOwnInvitationView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ enum: INVITATION_STATES }) readonly state!: InvitationState;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true }) readonly declineReason!: DeclineReason | null;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
}

export class RfqBuyerResponse {
  @ApiProperty({ format: 'uuid' }) readonly organizationId!: string;
  @ApiProperty({ example: 'Lone Star Robotics' }) readonly name!: string;
}

export class RfqLineAwardResponse implements RfqLineAwardView {
  @ApiProperty({ format: 'uuid' }) readonly rfqLineId!: string;
  @ApiProperty({ example: 'Maquinados del Bajío' }) readonly supplierName!: string;
}

export class RfqResponse implements RfqView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ enum: RFQ_STATES }) readonly state!: RfqState;
  @ApiProperty({ description: 'The published version: 0 while a draft.' }) readonly version!: number;
  @ApiProperty({ enum: ['buyer', 'supplier', 'admin'] }) readonly readerRole!: RfqReaderRole;
  @ApiProperty({ description: 'A supplier that has not accepted the NDA: only title, processes, quantities, deadline and the NDA text are shown.' }) readonly gated!: boolean;
  @ApiProperty({ type: RfqBuyerResponse }) readonly buyer!: RfqBuyerResponse;
  @ApiProperty({ example: 'Machined aluminum brackets' }) readonly title!: string;
  @ApiProperty({ type: String, nullable: true, description: GATED }) readonly description!: string | null;
  @ApiProperty({ enum: ['en', 'es'] }) readonly descriptionLanguage!: 'en' | 'es';
  @ApiProperty({ type: [RfqLineResponse] }) readonly lines!: RfqLineResponse[];
  @ApiProperty({ type: Number, nullable: true, description: GATED }) readonly annualVolume!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '12.5000', description: `Decimal string in currency. ${GATED}` }) readonly targetUnitPrice!: string | null;
  @ApiProperty({ enum: ['USD', 'MXN'] }) readonly currency!: 'USD' | 'MXN';
  @ApiProperty({ type: [String], example: ['cert.iso-9001'], description: GATED }) readonly certifications!: string[];
  @ApiProperty({ type: String, nullable: true, example: '841360', description: GATED }) readonly hsCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '75201', description: GATED }) readonly deliveryZip!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Dallas, TX', description: GATED }) readonly deliveryPlace!: string | null;
  @ApiProperty({ enum: INCOTERMS, nullable: true, description: GATED }) readonly incoterm!: Incoterm | null;
  @ApiProperty({ type: String, nullable: true, description: GATED }) readonly incotermPlace!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: GATED }) readonly needBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly quoteDeadline!: string | null;
  @ApiProperty({ type: RfqNdaResponse }) readonly nda!: RfqNdaResponse;
  @ApiProperty({ enum: RFQ_VISIBILITIES }) readonly visibility!: RfqVisibility;
  @ApiProperty({ enum: RFQ_BIDDINGS, description: '`sealed`: the buyer reads no price until the RFQ closes; `open`: as quotes arrive.' }) readonly bidding!: RfqBidding;
  @ApiProperty({ type: Number, nullable: true, description: GATED }) readonly quoteCap!: number | null;
  @ApiProperty({ type: [String], description: 'The buyer’s own picks (supplier ids); empty for suppliers.' }) readonly invitedSupplierIds!: string[];
  @ApiProperty({ type: [RfqAttachmentResponse], description: GATED }) readonly attachments!: RfqAttachmentResponse[];
  @ApiProperty({ type: [RfqAmendmentResponse], description: 'Published versions after the first, newest first.' }) readonly amendments!: RfqAmendmentResponse[];
  @ApiProperty({ type: RfqOwnInvitationResponse, nullable: true, description: 'The reading supplier’s invitation, if any.' }) readonly invitation!: RfqOwnInvitationResponse | null;
  @ApiProperty({
    type: OwnQuoteSummaryResponse,
    nullable: true,
    description: 'The reading supplier organization’s own quote; null for buyers and admins, or when it has none (never another’s, never a count).',
  })
  readonly quote!: OwnQuoteSummaryResponse | null;
  @ApiProperty({ type: [RfqLineAwardResponse], description: 'The buyer and admins: each awarded line’s supplier, in line order; [] for suppliers.' })
  readonly awards!: RfqLineAwardResponse[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly publishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly closedAt!: string | null;
  @ApiProperty({ enum: RFQ_CLOSE_REASONS, nullable: true }) readonly closedReason!: RfqCloseReason | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly cancelledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly cancelReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When every line was awarded or closed unawarded.' }) readonly awardedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly updatedAt!: string;
}

export class RfqSummaryResponse implements RfqSummaryView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ enum: RFQ_STATES }) readonly state!: RfqState;
  @ApiProperty() readonly version!: number;
  @ApiProperty() readonly title!: string;
  @ApiProperty() readonly buyerName!: string;
  @ApiProperty({ type: [String] }) readonly processes!: string[];
  @ApiProperty() readonly lineCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly quoteDeadline!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly publishedAt!: string | null;
  @ApiProperty() readonly invitationCount!: number;
  @ApiProperty({ description: 'Active quotes (withdrawn ones left out), shown even while their prices are sealed.' }) readonly quoteCount!: number;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
}

export class RfqListResponse implements RfqListView {
  @ApiProperty({ type: [RfqSummaryResponse] }) readonly data!: RfqSummaryResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last.' }) readonly nextCursor!: string | null;
}
