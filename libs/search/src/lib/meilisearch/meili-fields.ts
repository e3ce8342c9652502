import type { SearchDocument } from '../search-document';

/**
 * The flat fields one supplier becomes in Meilisearch. The engine filters and searches on the flat ones and
 * reads `document` back whole, so ranking sees exactly what the PostgreSQL engine would hand it.
 */
export interface MeiliSupplierDocument {
  supplierId: string;
  legalName: string | null;
  tradeName: string | null;
  descriptionEs: string | null;
  descriptionEn: string | null;
  /** Names of the document's processes, materials and industries (and the processes' families), per language. */
  conceptNamesEn: string[];
  conceptNamesEs: string[];
  /** Processes as stored (the facet) and with their families added (the filter: a family matches its processes). */
  processes: string[];
  processCodes: string[];
  materials: string[];
  industries: string[];
  /** Every concept code at once, for the candidate filter "any of these concepts". */
  concepts: string[];
  scianCodes: string[];
  stateCodes: string[];
  /** Codes of certificates an owner entered (not registry-declared), whatever their dates: the facet. */
  certificationCodes: string[];
  verificationLevel: string;
  verified: boolean;
  claimed: boolean;
  completeness: number;
  /** The first plant's point (Meilisearch's reserved geo field); absent without plants. */
  _geo?: { lat: number; lng: number };
  document: SearchDocument;
  /** Plus `certValid_<code>_<slot>_from` / `_until` numbers (YYYYMMDD), see certificateValidityFields. */
  [certificateField: `certValid_${string}`]: number;
}

/** Disjoint validity intervals kept per certification code; more than this for one code is implausible. */
export const CERTIFICATE_SLOTS = 4;

/** `cert.iatf-16949` → `iatf_16949`: attribute names stay plain identifiers in filter expressions. */
export function certificateSlug(code: string): string {
  return code.replace(/^cert\./, '').replace(/[^a-z0-9]+/gi, '_').toLowerCase();
}

export function certificateFieldName(code: string, slot: number, bound: 'from' | 'until'): `certValid_${string}` {
  return `certValid_${certificateSlug(code)}_${slot}_${bound}`;
}

/** `2027-03-31` → 20270331, so a day compares with `<=`/`>=` as a number. */
export function dayNumber(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) throw new Error(`not a YYYY-MM-DD day: ${JSON.stringify(day)}`);
  return Number(`${match[1]}${match[2]}${match[3]}`);
}

/** Open ends: no start date means valid since ever, no end date valid for good. */
export const OPEN_FROM = 0;
export const OPEN_UNTIL = 99_991_231;

export const VERIFIED_LEVELS = ['documents_verified', 'site_audited'] as const;
