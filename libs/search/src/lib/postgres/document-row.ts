import { vocabulary } from '@puente/catalog';
import type { SearchDocument } from '../search-document';

/** The filter columns and texts derived from a document, in the shape `jsonb_to_recordset` reads. */
export interface DocumentRow {
  supplier_id: string;
  document: SearchDocument;
  concepts: string[];
  scian_codes: string[];
  state_codes: string[];
  certifications: Array<{ code: string; from: string | null; until: string | null }>;
  verified: boolean;
  quality: number;
  names: string;
  text_es: string;
  text_en: string;
  codes: string;
  updated_at: string;
}

const LEVEL_QUALITY: Record<string, number> = { unverified: 0, email_verified: 0.1, documents_verified: 0.3, site_audited: 0.4 };

/** Concept codes a filter or a concept term may name: the document's own, plus each process's family. */
export function documentConcepts(document: SearchDocument): string[] {
  const families = document.processes.map((code) => vocabulary().entry(code)?.parent).filter((code): code is string => !!code);
  return [...new Set([...document.processes, ...families, ...document.materials, ...document.industries])];
}

/** A static prior for ordering postings: fuller, verified, claimed profiles first (0..1). */
export function documentQuality(document: SearchDocument): number {
  const quality = 0.5 * document.completeness + (LEVEL_QUALITY[document.verificationLevel] ?? 0) + (document.claimed ? 0.1 : 0);
  return Math.min(1, Math.max(0, Math.round(quality * 1000) / 1000));
}

export function documentRow(document: SearchDocument): DocumentRow {
  return {
    supplier_id: document.supplierId,
    document,
    concepts: documentConcepts(document),
    scian_codes: document.scianCodes,
    state_codes: [...new Set(document.plants.map((plant) => plant.stateCode))],
    // Declared (registry) certifications are never a valid certificate: only held ones are filterable.
    certifications: document.certifications.filter((c) => !c.declared).map((c) => ({ code: c.code, from: c.validFrom, until: c.validUntil })),
    verified: document.verificationLevel === 'documents_verified' || document.verificationLevel === 'site_audited',
    quality: documentQuality(document),
    names: [document.legalName, document.tradeName].filter(Boolean).join(' '),
    text_es: document.descriptionEs ?? '',
    text_en: document.descriptionEn ?? '',
    codes: [...document.scianCodes, ...document.sources.map((s) => s.id)].join(' '),
    updated_at: document.updatedAt,
  };
}
