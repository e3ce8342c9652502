import type { NearestPort, VerificationLevel } from '@puente/suppliers';

/** One plant of a searchable supplier, with what proximity scoring needs precomputed. */
export interface SearchPlant {
  plantId: string;
  name: string;
  /** INEGI 2-digit state code and names as stored on the plant. */
  stateCode: string;
  state: string;
  municipality: string | null;
  lat: number;
  lon: number;
  precision: 'point' | 'locality' | 'municipality' | 'state';
  /** The three nearest high-volume land ports by road (from the catalog, stored on the plant). */
  nearestPorts: NearestPort[];
}

/** A certification as search sees it: owner-entered (dated, maybe verified) or declared by a registry (undated, unverified). */
export interface SearchCertification {
  /** `cert.*` vocabulary code. */
  code: string;
  validFrom: string | null;
  validUntil: string | null;
  verified: boolean;
  /** Declared by a directory registry: never counts as a valid certificate, only as a hint. */
  declared: boolean;
}

/**
 * The denormalized search document of one published, visible supplier (a claimed profile or an unclaimed
 * directory listing), rebuilt by the worker from PostgreSQL only (never from a request body). Every engine
 * indexes exactly this; ranking reads it back.
 */
export interface SearchDocument {
  supplierId: string;
  legalName: string | null;
  tradeName: string | null;
  claimed: boolean;
  /** Registry rows behind an imported listing, `[{registry:'RETC', id:'ALU0100100034'}]`; empty for an owner's profile. */
  sources: Array<{ registry: string; id: string }>;
  verificationLevel: VerificationLevel;
  /** Descriptions as written; a registry listing's Spanish description is its activity text. */
  descriptionEs: string | null;
  descriptionEn: string | null;
  /** Vocabulary codes as stored on the profile (SCIAN-derived industries included for listings). */
  processes: string[];
  materials: string[];
  industries: string[];
  /** SCIAN 2018 classes (6 digits): a listing's registry class; empty for owner profiles without one. */
  scianCodes: string[];
  certifications: SearchCertification[];
  plants: SearchPlant[];
  employeeBand: string | null;
  capacity: { minimumOrderQuantity: number | null; monthlyCapacity: number | null; monthlyCapacityUnit: string | null; leadTimeDays: number | null };
  exportsToUs: boolean;
  /** 0..1: how much of the profile is filled (computed once, when the document is built). */
  completeness: number;
  /** When the source rows last changed (ISO): engines may skip an older write. */
  updatedAt: string;
}
