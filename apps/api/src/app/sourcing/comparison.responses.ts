import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES, type Currency } from '@puente/platform';
import {
  COMPARISON_SORTS,
  INCOTERMS,
  QUOTE_DECLINE_REASONS,
  RFQ_BIDDINGS,
  type ComparisonBreakView,
  type ComparisonCertificationView,
  type ComparisonEntryView,
  type ComparisonLineView,
  type ComparisonSort,
  type DutyFigures,
  type DutyRateOverrides,
  type DutyRateTable,
  type FreightLeg,
  type FreightLegKind,
  type FxRateUsed,
  type Incoterm,
  type LandedCostAssumption,
  type LandedCostBreakdown,
  type LandedCostSettings,
  type LandedCostWarning,
  type MpfSettings,
  type NamedPlaceKind,
  type QuoteDeclineReason,
  type RfqBidding,
  type RfqComparisonView,
  type SourcedValue,
} from '@puente/sourcing';
import { FxRateUsedResponse } from './fx-rates.responses';
import { QuoteSupplierResponse } from './quotes.responses';
import { TrackRecordSummaryResponse } from './track-record.responses';

// Response schemas of the comparison route; each class implements the library's view so a field the
// service stops returning fails to compile. Money is a decimal string in USD unless it says otherwise.

const USD4 = 'USD per unit, 4 places.';
const USD2 = 'USD, 2 places.';

class SourcedValueResponse implements SourcedValue {
  @ApiProperty({ example: '1.85' }) readonly value!: string;
  @ApiProperty({ example: 'DAT van spot, national average, Nov 2026' }) readonly source!: string;
  @ApiProperty({ required: false, example: 'puente_us_per_km', description: 'Set on a documented default only: a reader words its source in its language.' }) readonly sourceCode?: string;
}

class MpfSettingsResponse implements MpfSettings {
  @ApiProperty({ example: '0.3464', description: 'Percent of the customs value.' }) readonly ratePercent!: string;
  @ApiProperty({ example: '32.71' }) readonly minimum!: string;
  @ApiProperty({ example: '634.62' }) readonly maximum!: string;
  @ApiProperty({ example: 'FY2025' }) readonly fiscalYear!: string;
  @ApiProperty() readonly source!: string;
  @ApiProperty({ required: false, example: 'cbp_mpf_fy2026', description: 'Set on the documented default only.' }) readonly sourceCode?: string;
}

class DutyRateOverridesResponse implements DutyRateOverrides {
  @ApiProperty({ type: [String], example: ['73'], description: 'Chapters whose rate the configuration set.' }) readonly chapters!: string[];
  @ApiProperty({ description: 'The default rate (chapters not in the table) was configured.' }) readonly defaultPercent!: boolean;
  @ApiProperty({ example: 'Broker review, 2026-11' }) readonly source!: string;
}

class DutyRateTableResponse implements DutyRateTable {
  @ApiProperty({ description: 'Shown beside every duty figure: an estimate, not a tariff ruling.' }) readonly label!: string;
  @ApiProperty() readonly source!: string;
  @ApiProperty({ required: false, example: 'puente_duty_table', description: 'Set on the documented table only.' }) readonly sourceCode?: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { '73': '2.9' }, description: 'Two-digit HS chapter -> percent.' })
  readonly byChapter!: Record<string, string>;
  @ApiProperty({ example: '3.5' }) readonly defaultPercent!: string;
  @ApiProperty({ type: DutyRateOverridesResponse, required: false, description: 'Set when LANDED_COST_DUTY_RATES or LANDED_COST_DUTY_DEFAULT_PERCENT override the table.' })
  readonly configured?: DutyRateOverridesResponse;
}

export class LandedCostSettingsResponse implements LandedCostSettings {
  @ApiProperty({ type: SourcedValueResponse, description: 'USD per truck-km, Mexican carrier.' }) readonly mexicoCostPerKm!: SourcedValueResponse;
  @ApiProperty({ type: SourcedValueResponse, description: 'USD per truck-km, US carrier.' }) readonly usCostPerKm!: SourcedValueResponse;
  @ApiProperty({ type: SourcedValueResponse, description: 'USD per truck: brokers on both sides and the transfer across.' }) readonly crossingPerTruck!: SourcedValueResponse;
  @ApiProperty({ type: MpfSettingsResponse }) readonly mpf!: MpfSettingsResponse;
  @ApiProperty({ type: DutyRateTableResponse }) readonly dutyRates!: DutyRateTableResponse;
}

class FxRateUsedInBreakdownResponse implements FxRateUsed {
  @ApiProperty({ example: '17.2515' }) readonly mxnPerUsd!: string;
  @ApiProperty({ example: '2026-12-04' }) readonly date!: string;
  @ApiProperty({ example: 'Banxico FIX (SF43718)' }) readonly source!: string;
  @ApiProperty({ required: false, description: 'Set when an earlier day’s rate was used.' }) readonly note?: string;
}

class UnitPriceResponse {
  @ApiProperty({ example: '79.2500', description: 'As quoted, in `currency`.' }) readonly quoted!: string;
  @ApiProperty({ enum: CURRENCIES }) readonly currency!: Currency;
  @ApiProperty({ example: '4.5939', description: USD4 }) readonly usd!: string;
  @ApiProperty({ type: FxRateUsedInBreakdownResponse, nullable: true }) readonly fxRate!: FxRateUsedInBreakdownResponse | null;
}

class PortResponse {
  @ApiProperty({ example: '2304' }) readonly code!: string;
  @ApiProperty({ example: 'Laredo' }) readonly name!: string;
  @ApiProperty({ example: 'TX' }) readonly usState!: string;
}

class DestinationResponse {
  @ApiProperty({ example: '75201' }) readonly zip!: string;
  @ApiProperty({ example: 'Dallas' }) readonly city!: string;
  @ApiProperty({ example: 'TX' }) readonly state!: string;
}

const LEG_KINDS: FreightLegKind[] = ['mexico', 'crossing', 'us'];
const PLACE_KINDS: NamedPlaceKind[] = ['plant', 'mexican_border', 'us_border', 'buyer'];

class FreightLegResponse implements FreightLeg {
  @ApiProperty({ enum: LEG_KINDS }) readonly kind!: FreightLegKind;
  @ApiProperty({ example: 'Apodaca plant -> Laredo (2304)' }) readonly description!: string;
  @ApiProperty({ description: 'The quoted price already covers this leg (then its figures are 0).' }) readonly includedInIncoterm!: boolean;
  @ApiProperty({ type: Number, nullable: true }) readonly km!: number | null;
  @ApiProperty({ type: String, nullable: true }) readonly ratePerKm!: string | null;
  @ApiProperty({ description: USD2 }) readonly perTruck!: string;
  @ApiProperty({ description: USD4 }) readonly perUnit!: string;
  @ApiProperty({ description: USD2 }) readonly total!: string;
}

class FreightResponse {
  @ApiProperty({ enum: INCOTERMS }) readonly incoterm!: Incoterm;
  @ApiProperty() readonly place!: string;
  @ApiProperty({ enum: PLACE_KINDS }) readonly placeKind!: NamedPlaceKind;
  @ApiProperty({ type: PortResponse, nullable: true }) readonly port!: PortResponse | null;
  @ApiProperty({ type: DestinationResponse, nullable: true }) readonly destination!: DestinationResponse | null;
  @ApiProperty() readonly trucks!: number;
  @ApiProperty() readonly unitsPerTruck!: number;
  @ApiProperty({ enum: ['units_per_truckload', 'one_truck_per_order'] }) readonly truckBasis!: 'units_per_truckload' | 'one_truck_per_order';
  @ApiProperty({ type: [FreightLegResponse] }) readonly legs!: FreightLegResponse[];
  @ApiProperty({ description: USD4 }) readonly perUnit!: string;
  @ApiProperty({ description: USD2 }) readonly total!: string;
}

class DutyFiguresResponse implements DutyFigures {
  @ApiProperty({ example: '2.9' }) readonly ratePercent!: string;
  @ApiProperty({ description: USD4 }) readonly perUnit!: string;
  @ApiProperty({ description: USD2 }) readonly total!: string;
}

class DutyResponse {
  @ApiProperty({ example: '761699' }) readonly hsCode!: string;
  @ApiProperty({ example: '76' }) readonly chapter!: string;
  @ApiProperty({ description: 'Unit price USD × quantity (freight and tooling excluded).' }) readonly customsValue!: string;
  @ApiProperty() readonly usmcaApplies!: boolean;
  @ApiProperty({ description: 'DDP: the seller pays duty and fee.' }) readonly paidBySeller!: boolean;
  @ApiProperty({ type: DutyFiguresResponse }) readonly withUsmca!: DutyFiguresResponse;
  @ApiProperty({ type: DutyFiguresResponse }) readonly withoutUsmca!: DutyFiguresResponse;
  @ApiProperty({ type: DutyFiguresResponse }) readonly applied!: DutyFiguresResponse;
  @ApiProperty({ description: USD4 }) readonly usmcaSavingPerUnit!: string;
}

class MpfResponse {
  @ApiProperty() readonly entries!: number;
  @ApiProperty() readonly ratePercent!: string;
  @ApiProperty() readonly minimum!: string;
  @ApiProperty() readonly maximum!: string;
  @ApiProperty() readonly fiscalYear!: string;
  @ApiProperty({ enum: ['rate', 'minimum', 'maximum'] }) readonly bound!: 'rate' | 'minimum' | 'maximum';
  @ApiProperty({ description: 'Originating goods of Mexico under USMCA are exempt from the fee.' }) readonly exemptUnderUsmca!: boolean;
  @ApiProperty({ description: `What the buyer pays for the entry, ${USD2}` }) readonly total!: string;
  @ApiProperty({ description: USD4 }) readonly perUnit!: string;
  @ApiProperty({ description: `The fee without the USMCA preference, ${USD2}` }) readonly withoutUsmcaTotal!: string;
  @ApiProperty({ description: USD4 }) readonly withoutUsmcaPerUnit!: string;
}

class ToolingResponse {
  @ApiProperty({ description: 'As quoted for this line, in `currency`.' }) readonly quoted!: string;
  @ApiProperty({ enum: CURRENCIES }) readonly currency!: Currency;
  @ApiProperty({ description: USD2 }) readonly usd!: string;
  @ApiProperty() readonly spreadOver!: number;
  @ApiProperty({ enum: ['annual_volume', 'order_quantity'] }) readonly spreadBasis!: 'annual_volume' | 'order_quantity';
  @ApiProperty({ description: USD4 }) readonly perUnit!: string;
}

class TotalResponse {
  @ApiProperty({ description: USD4 }) readonly perUnit!: string;
  @ApiProperty({ description: USD2 }) readonly forQuantity!: string;
  @ApiProperty({ description: USD4 }) readonly withoutUsmcaPerUnit!: string;
  @ApiProperty({ description: USD2 }) readonly withoutUsmcaForQuantity!: string;
}

class TransitResponse {
  @ApiProperty({ type: Number, nullable: true }) readonly low!: number | null;
  @ApiProperty({ type: Number, nullable: true }) readonly high!: number | null;
  @ApiProperty({ type: Number, nullable: true }) readonly totalKm!: number | null;
}

class DaysToDeliveryResponse {
  @ApiProperty({ description: 'First articles (when any) + production days.' }) readonly leadTimeDays!: number;
  @ApiProperty({ type: Number, nullable: true }) readonly low!: number | null;
  @ApiProperty({ type: Number, nullable: true }) readonly high!: number | null;
}

const WARNING_CODES: Array<LandedCostWarning['code']> = ['sea_incoterm', 'fx_rate_earlier_date', 'place_assumed_plant', 'unknown_hs_chapter', 'route_unknown'];

class WarningResponse implements LandedCostWarning {
  @ApiProperty({ enum: WARNING_CODES }) readonly code!: LandedCostWarning['code'];
  @ApiProperty({ description: 'English, for logs and the CSV; a screen translates `code` with `params`.' }) readonly message!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { earlierDate: '2026-12-04' } }) readonly params!: Record<string, string>;
}

class AssumptionResponse implements LandedCostAssumption {
  @ApiProperty({ example: 'usCostPerKm' }) readonly key!: string;
  @ApiProperty({ description: 'English, filled from the code’s text.' }) readonly value!: string;
  @ApiProperty({ description: 'English, filled from the code’s text.' }) readonly source!: string;
  @ApiProperty({ required: false, example: 'us_cost_per_km', description: 'Stable text code: a reader words `value` and `source` in its language with `params`. Absent in comparisons frozen before codes existed.' })
  readonly code?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { value: '1.40', source: 'DAT' } })
  readonly params?: Record<string, string>;
}

export class LandedCostBreakdownResponse implements LandedCostBreakdown {
  @ApiProperty() readonly quantity!: number;
  @ApiProperty({ type: UnitPriceResponse }) readonly unitPrice!: UnitPriceResponse;
  @ApiProperty({ type: FreightResponse }) readonly freight!: FreightResponse;
  @ApiProperty({ type: DutyResponse }) readonly duty!: DutyResponse;
  @ApiProperty({ type: MpfResponse }) readonly mpf!: MpfResponse;
  @ApiProperty({ type: ToolingResponse }) readonly tooling!: ToolingResponse;
  @ApiProperty({ type: TotalResponse }) readonly total!: TotalResponse;
  @ApiProperty({ type: TransitResponse }) readonly transit!: TransitResponse;
  @ApiProperty({ type: DaysToDeliveryResponse }) readonly daysToDelivery!: DaysToDeliveryResponse;
  @ApiProperty({ type: [WarningResponse] }) readonly warnings!: WarningResponse[];
  @ApiProperty({ type: [AssumptionResponse] }) readonly assumptions!: AssumptionResponse[];
}

class ComparisonCertificationResponse implements ComparisonCertificationView {
  @ApiProperty({ example: 'cert.iso-9001' }) readonly type!: string;
  @ApiProperty({ type: String, nullable: true, example: '2028-06-30' }) readonly validUntil!: string | null;
}

class UnavailableResponse {
  @ApiProperty({ example: 'deliveryZip' }) readonly field!: string;
  @ApiProperty() readonly message!: string;
}

export class ComparisonEntryResponse implements ComparisonEntryView {
  @ApiProperty({ format: 'uuid' }) readonly quoteId!: string;
  @ApiProperty({ type: QuoteSupplierResponse }) readonly supplier!: QuoteSupplierResponse;
  @ApiProperty({ type: [ComparisonCertificationResponse], description: 'Valid on the RFQ’s need-by date.' }) readonly certifications!: ComparisonCertificationResponse[];
  @ApiProperty({ enum: CURRENCIES }) readonly currency!: Currency;
  @ApiProperty({ enum: INCOTERMS }) readonly incoterm!: Incoterm;
  @ApiProperty() readonly place!: string;
  @ApiProperty({ type: String, nullable: true, description: 'As quoted, in `currency`; null when declined.' }) readonly unitPrice!: string | null;
  @ApiProperty({ enum: QUOTE_DECLINE_REASONS, nullable: true }) readonly declineReason!: QuoteDeclineReason | null;
  @ApiProperty({ type: String, nullable: true, description: `Landed cost, ${USD4} What the default order sorts on.` }) readonly landedPerUnitUsd!: string | null;
  @ApiProperty({ type: DaysToDeliveryResponse, nullable: true }) readonly daysToDelivery!: DaysToDeliveryResponse | null;
  @ApiProperty({ type: LandedCostBreakdownResponse, nullable: true }) readonly landed!: LandedCostBreakdownResponse | null;
  @ApiProperty({ type: UnavailableResponse, nullable: true }) readonly unavailable!: UnavailableResponse | null;
  @ApiProperty({ type: TrackRecordSummaryResponse, description: 'The supplier’s rating and response figures, read live when served (never frozen with the comparison).' })
  readonly trackRecord!: TrackRecordSummaryResponse;
}

class ComparisonBreakResponse implements ComparisonBreakView {
  @ApiProperty() readonly quantity!: number;
  @ApiProperty({ type: [ComparisonEntryResponse] }) readonly entries!: ComparisonEntryResponse[];
}

class ComparisonLineResponse implements ComparisonLineView {
  @ApiProperty({ format: 'uuid' }) readonly rfqLineId!: string;
  @ApiProperty() readonly position!: number;
  @ApiProperty() readonly partName!: string;
  @ApiProperty() readonly unit!: string;
  @ApiProperty({ type: [ComparisonBreakResponse] }) readonly breaks!: ComparisonBreakResponse[];
}

export class RfqComparisonResponse implements RfqComparisonView {
  @ApiProperty({ format: 'uuid' }) readonly rfqId!: string;
  @ApiProperty() readonly rfqTitle!: string;
  @ApiProperty({ enum: RFQ_BIDDINGS }) readonly bidding!: RfqBidding;
  @ApiProperty({ type: String, nullable: true }) readonly deliveryZip!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly needBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When frozen (first read after close); null while computed live before close.' })
  readonly frozenAt!: string | null;
  @ApiProperty() readonly refreshedCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly refreshedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly computedAt!: string;
  @ApiProperty({ type: FxRateUsedResponse, nullable: true, description: 'The rate every MXN figure used; null when no quote is in MXN.' }) readonly fxRate!: FxRateUsedResponse | null;
  @ApiProperty({ type: LandedCostSettingsResponse }) readonly settings!: LandedCostSettingsResponse;
  @ApiProperty({ enum: COMPARISON_SORTS }) readonly sort!: ComparisonSort;
  @ApiProperty() readonly quoteCount!: number;
  @ApiProperty({ type: [ComparisonLineResponse] }) readonly lines!: ComparisonLineResponse[];
}
