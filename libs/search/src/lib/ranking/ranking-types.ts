import type { SearchDocument } from '../search-document';

export type Bilingual = { en: string; es: string };

/** How a buyer's text was understood: echoed to the client as `query`. */
export interface QueryUnderstanding {
  /** The text as received (trimmed). */
  text: string;
  /** The language the text reads as (`unknown` when too short to tell). */
  language: 'en' | 'es' | 'unknown';
  /** Vocabulary concepts found (matchText and synonyms), with the words that matched. */
  concepts: Array<{ code: string; kind: 'process' | 'material' | 'industry'; matched: string; name: Bilingual }>;
  /** The industry-code bridge: English product words -> NAICS titles -> SCIAN classes (crosswalk). */
  scian: Array<{
    code: string;
    title: string;
    naics: { code: string; title: string };
    matched: string;
    /** 0..1: the share of the query's meaningful words (by rarity) that this class's title carried; absent means 1. */
    confidence?: number;
  }>;
  /** `cert.*` codes named in the text ("IATF", "ISO 9001"). */
  certifications: Array<{ code: string; matched: string; name: Bilingual }>;
  /** A quantity ("10,000 pcs", "5k units"). */
  quantity: { value: number; unit: string | null; matched: string } | null;
  /** A place ("near Monterrey", "in Querétaro"): the catalog's place with its point. */
  place: { name: string; stateCode: string; lat: number; lon: number; matched: string } | null;
  /** A US ZIP the catalog knows, written in the text ("brake discs to 75201"); a `zip` filter wins over it. */
  zip?: string | null;
  /** What is left once the above are taken out: stays free text for the engine. */
  freeText: string;
}

/** One requirement, from a search (text + filters) or an RFQ (the sourcing issue): what ranking scores against. */
export interface Requirement {
  processes: string[];
  materials: string[];
  industries: string[];
  /** SCIAN classes wanted (from the bridge), each with why. */
  scian: QueryUnderstanding['scian'];
  /** Certifications asked for; `required` ones are also hard filters. */
  certifications: Array<{ code: string; required: boolean }>;
  quantity: { value: number; unit: string | null } | null;
  /** The buyer's US ZIP for transit (checked against the catalog before ranking). */
  destinationZip: string | null;
  /** A place in Mexico the buyer wants to be near. */
  near: { name: string; lat: number; lon: number } | null;
  /** Free text for relevance. */
  text: string;
  /** Calendar day (YYYY-MM-DD, Mexico City) certificates are judged on. */
  asOf: string;
}

export type ScoreComponentName =
  | 'concepts'
  | 'industry_code'
  | 'text'
  | 'certifications'
  | 'capacity'
  | 'proximity'
  | 'verification'
  | 'completeness'
  | 'responsiveness';

/** One term of the transparent score: score = Σ weight × value over the components that apply. */
export interface ScoreComponent {
  name: ScoreComponentName;
  weight: number;
  /** 0..1 */
  value: number;
  contribution: number;
  /** Why, in words, both languages ("2 of 3 processes"). */
  note: Bilingual;
}

export interface TransitEstimate {
  zip: string;
  portCode: string;
  portName: string;
  roadKm: number;
  days: number;
  /** The plant the estimate starts from (the best one of the supplier). */
  plantId: string;
}

/** Why a hit ranks where it does: everything a buyer reads as chips. */
export interface Explanation {
  matchedConcepts: Array<{ code: string; name: Bilingual; matchedBy: string }>;
  missingConcepts: Array<{ code: string; name: Bilingual }>;
  industryCode: { code: string; title: string; naics: { code: string; title: string } | null } | null;
  certifications: Array<{ code: string; name: Bilingual; status: 'valid' | 'expired' | 'declared' | 'missing'; validUntil: string | null }>;
  transit: TransitEstimate | null;
  /** Road km from the `near` place to the closest plant, when one was asked. */
  nearKm: number | null;
  components: ScoreComponent[];
}

export interface RankedHit {
  document: SearchDocument;
  score: number;
  explanation: Explanation;
}

/** A signal's value for one supplier (0..1) and the figures behind it, in words, both languages. */
export interface RankingSignalValue {
  value: number;
  note: Bilingual;
}

/**
 * What another context knows about suppliers' conduct (sourcing: how they answer invitations). Without a
 * hook the component is left out; a hook answering null for a supplier means no history (neutral 0.5).
 */
export interface RankingSignals {
  responsiveness?: (supplierId: string) => RankingSignalValue | null;
}
