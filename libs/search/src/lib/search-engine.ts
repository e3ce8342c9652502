import type { SearchDocument } from './search-document';

/** Filters every engine applies exactly (documents failing one are never candidates). */
export interface SearchFilters {
  /** Each listed code must be on the document (a process family matches its processes). */
  processes: string[];
  materials: string[];
  industries: string[];
  /** Each listed certification must be held, valid on `asOf` and not merely declared. */
  certifications: string[];
  /** INEGI state codes: a document with any plant in one of them. */
  states: string[];
  /** Only `documents_verified` or `site_audited` suppliers. */
  verified: boolean;
}

/** What to fetch: the engine returns a bounded candidate set that ranking then reorders. */
export interface CandidateQuery {
  /** Words for text relevance (Spanish and English stemming, typos); may be empty (filters only). */
  text: string;
  /** Concept codes (processes, materials, industries) a document may match to be a candidate. */
  concepts: string[];
  /** SCIAN classes a document may match to be a candidate (the NAICS bridge). */
  scianCodes: string[];
  filters: SearchFilters;
  /** The calendar day (YYYY-MM-DD, Mexico City) certificate validity is judged on. */
  asOf: string;
  /** Candidate budget (e.g. 400); engines return at most this many, best text/concept matches first. */
  limit: number;
}

export interface Candidate {
  document: SearchDocument;
  /** The engine's text relevance normalized to 0..1 within this answer (1 = best); 0 when there was no text. */
  textScore: number;
}

/** Facet counts over what matched; `exact` false when counted over the bounded candidates only (and said so). */
export interface SearchFacets {
  states: Array<{ code: string; count: number }>;
  processes: Array<{ code: string; count: number }>;
  certifications: Array<{ code: string; count: number }>;
  verificationLevels: Array<{ level: string; count: number }>;
  exact: boolean;
}

export interface CandidateAnswer {
  candidates: Candidate[];
  facets: SearchFacets;
  /** How many documents matched in all (an estimate when the engine says so). */
  total: number;
  totalExact: boolean;
}

/** Receives documents while an index is rebuilt aside; `swap` makes it the live one atomically. */
export interface IndexRebuild {
  add(documents: SearchDocument[]): Promise<void>;
  swap(): Promise<void>;
  abandon(): Promise<void>;
}

/**
 * The search index seam (also the injection token). PostgreSQL is the built-in default; Meilisearch is used
 * when MEILI_URL is set. Both pass one contract suite: same documents in, same candidates out.
 */
export abstract class SearchEngine {
  abstract readonly name: 'postgres' | 'meilisearch';
  /** Idempotent: writing the same document twice leaves one. */
  abstract upsert(documents: SearchDocument[]): Promise<void>;
  /** Idempotent: removing a missing id is fine. */
  abstract remove(supplierIds: string[]): Promise<void>;
  abstract candidates(query: CandidateQuery): Promise<CandidateAnswer>;
  /** Starts a full rebuild beside the live index (searches keep answering from the live one). */
  abstract beginRebuild(): Promise<IndexRebuild>;
  /** How many documents the live index holds. */
  abstract count(): Promise<number>;
}
