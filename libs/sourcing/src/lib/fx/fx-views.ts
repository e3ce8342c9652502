import type { FxSource } from './fx-vocabulary';

/** A stored rate. */
export interface FxRateView {
  /** Calendar date (YYYY-MM-DD) the rate is for. */
  date: string;
  /** Pesos per US dollar, a decimal string ("17.2515"). */
  mxnPerUsd: string;
  source: FxSource;
  /** The admin who typed it; null for imported rates. */
  enteredBy: string | null;
  enteredAt: string;
}

/** The rate a conversion used, and whether it is the asked day's or an earlier one's. */
export interface FxRateUsedView {
  /** The date the conversion asked for. */
  requestedDate: string;
  /** The date of the rate used: `requestedDate`, else the latest earlier date with a rate. */
  rateDate: string;
  mxnPerUsd: string;
  source: FxSource;
  /** True when `rateDate` is earlier than `requestedDate` (no rate for that day: weekends, holidays, not yet loaded). */
  earlierDate: boolean;
}
