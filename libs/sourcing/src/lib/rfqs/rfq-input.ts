import type { Currency } from '@puente/platform';
import type { Incoterm, RfqBidding, RfqUnit, RfqVisibility } from '../rfq-vocabulary';

/** One line as the buyer sends it. */
export interface RfqLineInput {
  partName: string;
  partNumber?: string;
  notes?: string;
  /** Process or process-family codes. */
  processes: string[];
  materials: string[];
  /** Quantity breaks, ascending. */
  quantities: number[];
  unit: RfqUnit;
  unitsPerTruckload?: number;
}

/**
 * What a buyer writes on an RFQ (`POST /rfqs` with a title, `PATCH /rfqs/{id}` with any of it). A field
 * left out keeps its value, `null` clears an optional one; `lines` and the lists replace the whole list.
 */
export interface RfqInput {
  title?: string;
  description?: string;
  descriptionLanguage?: 'en' | 'es';
  lines?: RfqLineInput[];
  annualVolume?: number | null;
  /** Decimal string, at most 4 places, more than 0 ("0.0125"). */
  targetUnitPrice?: string | null;
  currency?: Currency;
  certifications?: string[];
  hsCode?: string | null;
  deliveryZip?: string | null;
  incoterm?: Incoterm | null;
  incotermPlace?: string | null;
  /** YYYY-MM-DD. */
  needBy?: string | null;
  /** ISO 8601 date and time. */
  quoteDeadline?: string | null;
  ndaRequired?: boolean;
  ndaText?: string | null;
  visibility?: RfqVisibility;
  /** Draft only: a sealed RFQ cannot be opened (nor an open one sealed) once suppliers quote on its terms. */
  bidding?: RfqBidding;
  quoteCap?: number | null;
  /** Supplier profile ids the buyer invites by hand. */
  invitedSupplierIds?: string[];
}

/** An edit of an open RFQ is an amendment; the buyer may say why. */
export interface RfqPatch extends RfqInput {
  amendmentNote?: string;
}
