import type { LandPort, TransitEstimate, TransitQuery } from '@puente/catalog';
import type { Currency } from '@puente/platform';
import type { Incoterm, UsmcaOriginCriterion } from '../../rfq-vocabulary';

// Money everywhere below is a decimal string, exact ("0.0125", "185000.00"). Percentages are decimal
// strings of percent ("0.3464" means 0.3464 %). Nothing is a float except distances and days, which come
// from the catalog's estimator and are estimates by nature.

/** A configurable figure and where it comes from, so the output can name its source. */
export interface SourcedValue {
  value: string;
  source: string;
  /** Set on a documented default only: a screen words its source in its language (`source` stays English). */
  sourceCode?: string;
}

/** The exchange rate a conversion used; frozen by the comparison that stores it. */
export interface FxRateUsed {
  /** MXN per 1 USD, decimal string with up to 4 places ("17.1234"). */
  mxnPerUsd: string;
  /** The rate's date (YYYY-MM-DD). */
  date: string;
  /** "Banxico FIX", "admin entry". */
  source: string;
  /** E.g. "no rate for 2026-12-07; the latest earlier one (2026-12-04) used". Becomes a warning. */
  note?: string;
}

/** Merchandise processing fee (19 CFR 24.23): ad valorem with a minimum and maximum per formal entry. */
export interface MpfSettings {
  /** Percent of the customs value ("0.3464"). */
  ratePercent: string;
  /** USD per entry. */
  minimum: string;
  /** USD per entry. */
  maximum: string;
  /** The US fiscal year the figures are for ("FY2025", Oct 2024 - Sep 2025). */
  fiscalYear: string;
  source: string;
  /** Set on the documented default only (see SourcedValue). */
  sourceCode?: string;
}

/** General (MFN, column 1) duty rates by HS chapter: an estimate, not a tariff ruling. */
export interface DutyRateTable {
  /** Shown to the buyer beside every duty figure. */
  label: string;
  source: string;
  /** Set on the documented table only (see SourcedValue). */
  sourceCode?: string;
  /** Two-digit chapter ("73") -> percent ("2.9"). */
  byChapter: Readonly<Record<string, string>>;
  /** Percent used for a chapter not in the table. */
  defaultPercent: string;
  /** Set when LANDED_COST_DUTY_RATES / _DEFAULT_PERCENT override the table: which figures, and their source. */
  configured?: DutyRateOverrides;
}

/** The chapters (and whether the default rate) the configuration set, with the source it gave for them. */
export interface DutyRateOverrides {
  chapters: string[];
  defaultPercent: boolean;
  source: string;
}

export interface LandedCostSettings {
  /** USD per truck-km, Mexican carrier, plant -> border. */
  mexicoCostPerKm: SourcedValue;
  /** USD per truck-km, US carrier, border -> buyer ZIP. */
  usCostPerKm: SourcedValue;
  /** USD per truck: customs brokers on both sides + the transfer (drayage) across. */
  crossingPerTruck: SourcedValue;
  mpf: MpfSettings;
  dutyRates: DutyRateTable;
  /**
   * The land ports a route may cross at when the named place does not name one (BTS codes); absent -> every
   * truck port in the catalog, shortest road first (which can pick a small port such as Roma over Laredo).
   */
  crossingPorts?: { codes: readonly string[]; source: string; sourceCode?: string };
}

/** One quote x RFQ line x quantity break, with everything the landed cost depends on. */
export interface LandedCostInput {
  quantity: number;
  /** Per unit in the quote's currency. */
  unitPrice: string;
  currency: Currency;
  /** Required for an MXN quote (null is a LandedCostError `fx_rate_missing`); ignored for USD. */
  fxRate: FxRateUsed | null;
  incoterm: Incoterm;
  /** The Incoterm's named place as the quote wrote it ("Apodaca, NL", "Laredo, TX"). */
  place: string;
  plant: { name: string; lat: number; lon: number; state: string | null };
  /** The RFQ's delivery ZIP. */
  deliveryZip: string;
  /** The RFQ line's units per full truckload; null -> one truck per order (said so). */
  unitsPerTruckload: number | null;
  /** 6-digit HS subheading of the quote. */
  hsCode: string;
  usmcaCriterion: UsmcaOriginCriterion;
  canCertify: boolean;
  /** Total tooling serving this line, in the quote's currency ("0" when none). */
  toolingTotal: string;
  /** The RFQ's annual volume; null -> tooling spread over this break's quantity (said so). */
  annualVolume: number | null;
  leadTime: { firstArticlesDays: number | null; productionDays: number };
  settings: LandedCostSettings;
}

/**
 * The geography the function reads: injected so tests do not depend on the catalog's data. The default
 * (`catalogGeography`) is the catalog's `estimateTransit` and `loadLandPorts`.
 */
export interface LandedCostGeography {
  estimateTransit(query: TransitQuery): TransitEstimate | null;
  landPorts(): readonly LandPort[];
}

/** Where the Incoterm's named place is, which decides which freight legs remain for the buyer. */
export type NamedPlaceKind = 'plant' | 'mexican_border' | 'us_border' | 'buyer';

export type FreightLegKind = 'mexico' | 'crossing' | 'us';

export interface FreightLeg {
  kind: FreightLegKind;
  /** "Apodaca plant -> Laredo (2304)", "Laredo crossing", "Laredo -> 75201 Dallas, TX". */
  description: string;
  /** True when the quoted price already covers this leg (the Incoterm's seller pays it): then 0 below. */
  includedInIncoterm: boolean;
  /** Estimated road km (null for the crossing). */
  km: number | null;
  /** USD per truck-km (null for the crossing). */
  ratePerKm: string | null;
  /** USD per truck, 2 places. */
  perTruck: string;
  /** USD per unit, 4 places. */
  perUnit: string;
  /** USD for the quantity, 2 places. */
  total: string;
}

export interface LandedCostWarning {
  code: 'sea_incoterm' | 'fx_rate_earlier_date' | 'place_assumed_plant' | 'unknown_hs_chapter' | 'route_unknown';
  /** English, for logs and the CSV; a screen translates `code` with `params`. */
  message: string;
  params: Record<string, string>;
}

/** Where each number comes from: `{ key: 'usCostPerKm', value: '2.00', source: 'DAT ...' }`. */
export interface LandedCostAssumption {
  key: string;
  /** English, for the API's readers and the CSV. */
  value: string;
  source: string;
  /**
   * The stable text code (`ASSUMPTION_TEXTS`) and its params, so a screen words `value` and `source` in its
   * language. Absent in comparisons frozen before codes existed: read `value` and `source` then.
   */
  code?: string;
  params?: Record<string, string>;
}

export interface DutyFigures {
  /** Percent applied ("0" under USMCA). */
  ratePercent: string;
  perUnit: string;
  total: string;
}

export interface LandedCostBreakdown {
  quantity: number;
  unitPrice: { quoted: string; currency: Currency; usd: string; fxRate: FxRateUsed | null };
  freight: {
    incoterm: Incoterm;
    place: string;
    placeKind: NamedPlaceKind;
    /** The land port the legs go through (best for the plant, or the one the place names). */
    port: { code: string; name: string; usState: string } | null;
    destination: { zip: string; city: string; state: string } | null;
    trucks: number;
    unitsPerTruck: number;
    truckBasis: 'units_per_truckload' | 'one_truck_per_order';
    legs: FreightLeg[];
    perUnit: string;
    total: string;
  };
  duty: {
    hsCode: string;
    chapter: string;
    /** Customs value the duty and fee apply to: unit price USD x quantity (freight and tooling excluded). */
    customsValue: string;
    usmcaApplies: boolean;
    /** True for DDP: the seller pays the duty and the fee, so the buyer's figures are 0. */
    paidBySeller: boolean;
    withUsmca: DutyFigures;
    withoutUsmca: DutyFigures;
    /** What the buyer pays: withUsmca when usmcaApplies, else withoutUsmca; 0 under DDP. */
    applied: DutyFigures;
    /** Duty + MPF per unit the USMCA claim saves the buyer (0 under DDP, where the seller pays them). */
    usmcaSavingPerUnit: string;
  };
  mpf: {
    /** One formal entry per order (assumed, said so). */
    entries: number;
    ratePercent: string;
    minimum: string;
    maximum: string;
    fiscalYear: string;
    bound: 'rate' | 'minimum' | 'maximum';
    /** Originating goods of Mexico under USMCA are exempt from the MPF (19 U.S.C. 58c(b)(10)). */
    exemptUnderUsmca: boolean;
    /** The fee the buyer pays for the entry: 0 when exempt or under DDP. */
    total: string;
    perUnit: string;
    /** The fee without the USMCA preference (0 under DDP). */
    withoutUsmcaTotal: string;
    withoutUsmcaPerUnit: string;
  };
  tooling: {
    quoted: string;
    currency: Currency;
    usd: string;
    spreadOver: number;
    spreadBasis: 'annual_volume' | 'order_quantity';
    perUnit: string;
  };
  total: {
    /** unit price + freight + applied duty + MPF + tooling, per unit, 4 places. */
    perUnit: string;
    /** perUnit x quantity, computed exactly and rounded once, 2 places. */
    forQuantity: string;
    /** The same without the USMCA preference (for comparison). */
    withoutUsmcaPerUnit: string;
    withoutUsmcaForQuantity: string;
  };
  transit: {
    /** Days from the plant to the ZIP, band from the estimator (null when no route is known). */
    low: number | null;
    high: number | null;
    /** Road km plant -> port -> ZIP, whatever the Incoterm (null when no route). */
    totalKm: number | null;
  };
  daysToDelivery: {
    /** firstArticlesDays (when any) + productionDays. */
    leadTimeDays: number;
    low: number | null;
    high: number | null;
  };
  warnings: LandedCostWarning[];
  assumptions: LandedCostAssumption[];
}
