import { ApiProperty } from '@nestjs/swagger';
import { CURRENCIES, type Currency } from '@puente/platform';
import {
  INCOTERMS,
  QUOTE_DECLINE_REASONS,
  QUOTE_STATES,
  RFQ_BIDDINGS,
  TOOLING_OWNERS,
  USMCA_ORIGIN_CRITERIA,
  type Incoterm,
  type OwnQuoteSummaryView,
  type QuoteAttachmentView,
  type QuoteBreakView,
  type QuoteDeclineReason,
  type QuoteLineView,
  type QuotePlantView,
  type QuoteReceiptView,
  type QuoteRevisionView,
  type QuoteState,
  type QuoteSupplierView,
  type QuoteToolingView,
  type QuoteView,
  type RfqBidding,
  type RfqQuotesView,
  type ToolingOwner,
  type UsmcaOriginCriterion,
} from '@puente/sourcing';
import { VERIFICATION_LEVELS, type VerificationLevel } from '@puente/suppliers';

// Response schemas of the quote routes; each class implements the library's view so a field the service
// stops returning fails to compile.

const MONEY = 'Decimal string in the quote’s currency.';

export class OwnQuoteSummaryResponse implements OwnQuoteSummaryView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ enum: QUOTE_STATES }) readonly state!: QuoteState;
  @ApiProperty({ description: 'The current revision: send it as `revises` to revise.' }) readonly revision!: number;
  @ApiProperty({ format: 'date-time' }) readonly revisedAt!: string;
}

export class QuoteSupplierResponse implements QuoteSupplierView {
  @ApiProperty({ format: 'uuid' }) readonly organizationId!: string;
  @ApiProperty({ format: 'uuid', description: 'The supplier profile (public supplierId).' }) readonly supplierId!: string;
  @ApiProperty({ example: 'Maquinados del Bajío' }) readonly name!: string;
  @ApiProperty({ enum: VERIFICATION_LEVELS }) readonly verificationLevel!: VerificationLevel;
}

export class QuoteBreakResponse implements QuoteBreakView {
  @ApiProperty() readonly quantity!: number;
  @ApiProperty({ type: String, nullable: true, example: '79.2500', description: `${MONEY} Null when declined.` }) readonly unitPrice!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '79250.00', description: 'unitPrice × quantity, 2 places; null when declined.' }) readonly extendedPrice!: string | null;
  @ApiProperty({ enum: QUOTE_DECLINE_REASONS, nullable: true }) readonly declineReason!: QuoteDeclineReason | null;
}

export class QuoteLineResponse implements QuoteLineView {
  @ApiProperty({ format: 'uuid' }) readonly rfqLineId!: string;
  @ApiProperty({ description: 'The RFQ line’s position (0-based).' }) readonly position!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The RFQ line’s part name; null when an amendment removed the line.' }) readonly partName!: string | null;
  @ApiProperty({ example: 'pcs', description: 'The RFQ line’s unit; empty when an amendment removed the line.' }) readonly unit!: string;
  @ApiProperty({ enum: QUOTE_DECLINE_REASONS, nullable: true, description: 'Set when the whole line is not quoted.' }) readonly declineReason!: QuoteDeclineReason | null;
  @ApiProperty({ type: Number, nullable: true }) readonly minimumOrder!: number | null;
  @ApiProperty({ type: [QuoteBreakResponse] }) readonly breaks!: QuoteBreakResponse[];
}

export class QuoteToolingResponse implements QuoteToolingView {
  @ApiProperty() readonly description!: string;
  @ApiProperty({ example: '185000.00', description: MONEY }) readonly cost!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) readonly rfqLineIds!: string[];
  @ApiProperty({ enum: TOOLING_OWNERS }) readonly owner!: ToolingOwner;
}

export class QuotePlantResponse implements QuotePlantView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty({ example: 'Nuevo León' }) readonly state!: string;
  @ApiProperty({ example: 'NL' }) readonly stateCode!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Apodaca' }) readonly municipality!: string | null;
}

export class QuoteAttachmentResponse implements QuoteAttachmentView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'cotizacion-2291.pdf' }) readonly fileName!: string;
  @ApiProperty({ enum: ['pdf'], description: 'Read from the bytes.' }) readonly fileType!: string;
  @ApiProperty() readonly sizeBytes!: number;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
}

export class QuoteLeadTimeResponse {
  @ApiProperty({ type: Number, nullable: true }) readonly firstArticlesDays!: number | null;
  @ApiProperty() readonly productionDays!: number;
}

export class QuoteDeliveryResponse {
  @ApiProperty({ enum: INCOTERMS }) readonly incoterm!: Incoterm;
  @ApiProperty({ example: 'Apodaca, NL' }) readonly place!: string;
  @ApiProperty({ type: QuotePlantResponse, nullable: true, description: 'Null when the plant has since been removed from the profile.' }) readonly plant!: QuotePlantResponse | null;
}

export class QuoteOriginResponse {
  @ApiProperty({ example: '761699' }) readonly hsCode!: string;
  @ApiProperty({ enum: USMCA_ORIGIN_CRITERIA }) readonly usmcaCriterion!: UsmcaOriginCriterion;
  @ApiProperty() readonly canCertify!: boolean;
}

export class QuoteRevisionResponse implements QuoteRevisionView {
  @ApiProperty() readonly revision!: number;
  @ApiProperty({ description: 'The RFQ version it answered.' }) readonly rfqVersion!: number;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
  @ApiProperty({ enum: CURRENCIES }) readonly currency!: Currency;
  @ApiProperty({ type: [QuoteLineResponse] }) readonly lines!: QuoteLineResponse[];
  @ApiProperty({ type: [QuoteToolingResponse] }) readonly tooling!: QuoteToolingResponse[];
  @ApiProperty({ example: '185000.00', description: 'Sum of the tooling costs, 2 places.' }) readonly toolingTotal!: string;
  @ApiProperty({ type: QuoteLeadTimeResponse }) readonly leadTime!: QuoteLeadTimeResponse;
  @ApiProperty({ format: 'date' }) readonly validUntil!: string;
  @ApiProperty({ type: QuoteDeliveryResponse }) readonly delivery!: QuoteDeliveryResponse;
  @ApiProperty({ type: QuoteOriginResponse }) readonly origin!: QuoteOriginResponse;
  @ApiProperty({ type: String, nullable: true }) readonly notes!: string | null;
  @ApiProperty({ type: [QuoteAttachmentResponse] }) readonly attachments!: QuoteAttachmentResponse[];
}

export class QuoteBuyerResponse {
  @ApiProperty({ format: 'uuid' }) readonly organizationId!: string;
  @ApiProperty({ example: 'Lone Star Robotics' }) readonly name!: string;
}

export class QuoteResponse implements QuoteView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ format: 'uuid' }) readonly rfqId!: string;
  @ApiProperty() readonly rfqTitle!: string;
  @ApiProperty({ type: QuoteBuyerResponse }) readonly buyer!: QuoteBuyerResponse;
  @ApiProperty({ description: 'The RFQ’s published version now; a lower `current.rfqVersion` answered an earlier version.' }) readonly rfqVersion!: number;
  @ApiProperty({ enum: QUOTE_STATES }) readonly state!: QuoteState;
  @ApiProperty({ description: 'The current revision (1 for the first submission).' }) readonly revision!: number;
  @ApiProperty({ enum: CURRENCIES }) readonly currency!: Currency;
  @ApiProperty({ type: QuoteSupplierResponse }) readonly supplier!: QuoteSupplierResponse;
  @ApiProperty({ format: 'date-time' }) readonly submittedAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly revisedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly withdrawnAt!: string | null;
  @ApiProperty({ type: QuoteRevisionResponse }) readonly current!: QuoteRevisionResponse;
  @ApiProperty({ type: [QuoteRevisionResponse], description: 'Every revision, newest first (the current one included).' }) readonly revisions!: QuoteRevisionResponse[];
}

export class QuoteReceiptResponse implements QuoteReceiptView {
  @ApiProperty({ format: 'uuid' }) readonly quoteId!: string;
  @ApiProperty({ type: QuoteSupplierResponse }) readonly supplier!: QuoteSupplierResponse;
  @ApiProperty({ enum: QUOTE_STATES }) readonly state!: QuoteState;
  @ApiProperty() readonly revision!: number;
  @ApiProperty({ format: 'date-time' }) readonly submittedAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly revisedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly withdrawnAt!: string | null;
}

export class RfqQuotesResponse implements RfqQuotesView {
  @ApiProperty({ format: 'uuid' }) readonly rfqId!: string;
  @ApiProperty({ enum: RFQ_BIDDINGS }) readonly bidding!: RfqBidding;
  @ApiProperty({ description: 'True until the RFQ closes, under sealed bidding (admins read `quotes` even so).' }) readonly sealed!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'While sealed: the quote deadline, when they open.' }) readonly sealedUntil!: string | null;
  @ApiProperty() readonly activeCount!: number;
  @ApiProperty() readonly withdrawnCount!: number;
  @ApiProperty({ type: [QuoteReceiptResponse], description: 'Who quoted and when, never a price: shown sealed or not.' }) readonly received!: QuoteReceiptResponse[];
  @ApiProperty({ type: [QuoteResponse], description: 'Every quote in full (withdrawn ones marked), by supplier name; empty while sealed for the buyer.' })
  readonly quotes!: QuoteResponse[];
}
