import { add, compare, divide, exact, integer, multiply, percentOf, perUnitString, totalString, ZERO } from './exact-decimal';
import type { Exact } from './exact-decimal';
import type { DutyFigures, LandedCostBreakdown, LandedCostSettings } from './landed-cost.types';

export interface CustomsInput {
  /** Unit price in USD, exact: the customs value per unit (freight and tooling excluded). */
  unitUsd: Exact;
  quantity: number;
  hsCode: string;
  /** The quote claims an origin criterion and can certify. */
  usmcaApplies: boolean;
  /** DDP: the seller pays the duty and the fee. */
  paidBySeller: boolean;
  settings: LandedCostSettings;
}

export interface CustomsResult {
  duty: LandedCostBreakdown['duty'];
  mpf: LandedCostBreakdown['mpf'];
  /** Duty + MPF per unit the buyer pays, exact; and the same without the USMCA preference. */
  appliedPerUnit: Exact;
  withoutUsmcaPerUnit: Exact;
  chapterKnown: boolean;
}

/**
 * US duty and the merchandise processing fee on the order's one entry. Under USMCA (originating goods,
 * certified) both are 0: the duty by the preference, the MPF by its exemption for originating goods of
 * Mexico (19 U.S.C. 58c(b)(10)). Without it: the chapter's general rate, and the MPF within its bounds.
 */
export function customsCharges(input: CustomsInput): CustomsResult {
  const { quantity, settings } = input;
  const units = integer(quantity);
  const customsValue = multiply(input.unitUsd, units);
  const chapter = input.hsCode.slice(0, 2);
  const tableRate = settings.dutyRates.byChapter[chapter];
  const generalPercent = tableRate ?? settings.dutyRates.defaultPercent;

  const dutyTotalWithout = percentOf(customsValue, exact(generalPercent));
  const withoutUsmca = figures(generalPercent, dutyTotalWithout, units);
  const withUsmca = figures('0', ZERO, units);
  const zero = figures('0', ZERO, units);

  const { fee: mpfWithout, bound } = boundedMpf(customsValue, settings);
  const mpfApplied = input.paidBySeller || input.usmcaApplies ? ZERO : mpfWithout;
  const mpfWithoutPaid = input.paidBySeller ? ZERO : mpfWithout;
  const dutyApplied = input.paidBySeller ? ZERO : input.usmcaApplies ? ZERO : dutyTotalWithout;
  const dutyWithoutPaid = input.paidBySeller ? ZERO : dutyTotalWithout;

  return {
    duty: {
      hsCode: input.hsCode,
      chapter,
      customsValue: totalString(customsValue),
      usmcaApplies: input.usmcaApplies,
      paidBySeller: input.paidBySeller,
      withUsmca,
      withoutUsmca,
      applied: input.paidBySeller ? zero : input.usmcaApplies ? withUsmca : withoutUsmca,
      usmcaSavingPerUnit: perUnitString(divide(add(dutyWithoutPaid, mpfWithoutPaid), units)),
    },
    mpf: {
      entries: 1,
      ratePercent: settings.mpf.ratePercent,
      minimum: settings.mpf.minimum,
      maximum: settings.mpf.maximum,
      fiscalYear: settings.mpf.fiscalYear,
      bound,
      exemptUnderUsmca: input.usmcaApplies,
      total: totalString(mpfApplied),
      perUnit: perUnitString(divide(mpfApplied, units)),
      withoutUsmcaTotal: totalString(mpfWithoutPaid),
      withoutUsmcaPerUnit: perUnitString(divide(mpfWithoutPaid, units)),
    },
    appliedPerUnit: divide(add(dutyApplied, mpfApplied), units),
    withoutUsmcaPerUnit: divide(add(dutyWithoutPaid, mpfWithoutPaid), units),
    chapterKnown: tableRate !== undefined,
  };
}

/** The fee for one formal entry: the ad valorem amount, raised to the minimum or cut to the maximum. */
export function boundedMpf(customsValue: Exact, settings: LandedCostSettings): { fee: Exact; bound: 'rate' | 'minimum' | 'maximum' } {
  const adValorem = percentOf(customsValue, exact(settings.mpf.ratePercent));
  const minimum = exact(settings.mpf.minimum);
  const maximum = exact(settings.mpf.maximum);
  if (compare(adValorem, minimum) < 0) return { fee: minimum, bound: 'minimum' };
  if (compare(adValorem, maximum) > 0) return { fee: maximum, bound: 'maximum' };
  return { fee: adValorem, bound: 'rate' };
}

function figures(ratePercent: string, total: Exact, units: Exact): DutyFigures {
  return { ratePercent, perUnit: perUnitString(divide(total, units)), total: totalString(total) };
}

