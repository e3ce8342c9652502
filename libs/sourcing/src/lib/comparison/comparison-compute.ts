import type { FxRateUsedView } from '../fx/fx-views';
import { centsString, toTenThousandths } from '../quotes/quote-decimal';
import type { QuoteRevisionView, QuoteView } from '../quotes/quote-views';
import type { ComparisonInputs } from './comparison-inputs.loader';
import type { ComparedEntryView, ComparisonLineView } from './comparison-views';
import { LandedCostError } from './landed-cost/landed-cost.error';
import type { FxRateUsed, LandedCostBreakdown, LandedCostInput, LandedCostSettings } from './landed-cost/landed-cost.types';

export type LandedCostFunction = (input: LandedCostInput) => LandedCostBreakdown;

/** The rate as the landed-cost model records it: its date, figure and source, and a note when it is an earlier day's. */
export function fxRateForLandedCost(rate: FxRateUsedView | null): FxRateUsed | null {
  if (!rate) return null;
  return {
    mxnPerUsd: rate.mxnPerUsd,
    date: rate.rateDate,
    source: rate.source === 'banxico-fix' ? 'Banxico FIX (SF43718)' : 'admin entry',
    ...(rate.earlierDate ? { note: `no rate for ${rate.requestedDate}; the latest earlier one (${rate.rateDate}) used` } : {}),
  };
}

/**
 * A tooling item serving several lines is shared evenly between them (its cost / its line count), so the
 * comparison never charges the same die twice; the item serving one line alone goes to it in full.
 */
export function toolingForLine(revision: Pick<QuoteRevisionView, 'tooling'>, rfqLineId: string): string {
  const share = revision.tooling
    .filter((item) => item.rfqLineIds.includes(rfqLineId))
    .reduce((sum, item) => sum + toTenThousandths(item.cost) / BigInt(item.rfqLineIds.length), 0n);
  return centsString(share);
}

/**
 * Every active quote x RFQ line x quantity break, with its landed cost: the rows the comparison shows and
 * freezes (unsorted: the reader's order is applied when read). A priced break the model cannot compute
 * (a LandedCostError other than a missing rate) is kept, saying which field; a missing rate is the
 * whole comparison's error and is raised by the caller before (FX_RATE_MISSING).
 */
export function compareQuotes(inputs: ComparisonInputs, fxRate: FxRateUsedView | null, settings: LandedCostSettings, landedCost: LandedCostFunction): Array<ComparisonLineView<ComparedEntryView>> {
  const rate = fxRateForLandedCost(fxRate);
  return inputs.lines.map((line) => ({
    rfqLineId: line.id,
    position: line.position,
    partName: line.partName,
    unit: line.unit,
    breaks: line.quantities.map((quantity) => ({
      quantity,
      entries: inputs.quotes.map((quote) => entry(inputs, quote, line.id, quantity, (input) => landedCost({ ...input, fxRate: rate, settings }))),
    })),
  }));
}

function entry(
  inputs: ComparisonInputs,
  quote: QuoteView,
  rfqLineId: string,
  quantity: number,
  compute: (input: Omit<LandedCostInput, 'fxRate' | 'settings'>) => LandedCostBreakdown,
): ComparedEntryView {
  const revision = quote.current;
  const quotedLine = revision.lines.find((line) => line.rfqLineId === rfqLineId);
  const quotedBreak = quotedLine?.breaks.find((item) => item.quantity === quantity);
  const base: ComparedEntryView = {
    quoteId: quote.id,
    supplier: quote.supplier,
    certifications: inputs.certifications.get(quote.supplier.supplierId) ?? [],
    currency: revision.currency,
    incoterm: revision.delivery.incoterm,
    place: revision.delivery.place,
    unitPrice: quotedBreak?.unitPrice ?? null,
    declineReason: quotedLine?.declineReason ?? quotedBreak?.declineReason ?? null,
    landedPerUnitUsd: null,
    daysToDelivery: null,
    landed: null,
    unavailable: null,
  };
  if (!quotedBreak?.unitPrice) return base;
  const plant = revision.delivery.plant ? inputs.plants.get(revision.delivery.plant.id) : undefined;
  if (!plant) return { ...base, unavailable: { field: 'delivery.plantId', message: 'the quote’s plant no longer exists' } };
  const line = inputs.lines.find((candidate) => candidate.id === rfqLineId);
  try {
    const landed = compute({
      quantity,
      unitPrice: quotedBreak.unitPrice,
      currency: revision.currency,
      incoterm: revision.delivery.incoterm,
      place: revision.delivery.place,
      plant,
      deliveryZip: inputs.rfq.deliveryZip ?? '',
      unitsPerTruckload: line?.unitsPerTruckload ?? null,
      hsCode: revision.origin.hsCode,
      usmcaCriterion: revision.origin.usmcaCriterion,
      canCertify: revision.origin.canCertify,
      toolingTotal: toolingForLine(revision, rfqLineId),
      annualVolume: inputs.rfq.annualVolume,
      leadTime: revision.leadTime,
    });
    return { ...base, landed, landedPerUnitUsd: landed.total.perUnit, daysToDelivery: landed.daysToDelivery };
  } catch (error) {
    if (!(error instanceof LandedCostError) || error.code === 'fx_rate_missing') throw error;
    return { ...base, unavailable: { field: error.field, message: error.message } };
  }
}
