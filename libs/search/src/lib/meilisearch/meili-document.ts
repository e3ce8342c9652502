import type { Vocabulary } from '@puente/catalog';
import type { SearchCertification, SearchDocument } from '../search-document';
import {
  CERTIFICATE_SLOTS,
  certificateFieldName,
  dayNumber,
  OPEN_FROM,
  OPEN_UNTIL,
  VERIFIED_LEVELS,
  type MeiliSupplierDocument,
} from './meili-fields';

/** SearchDocument → the Meilisearch document: flat fields to search and filter on, plus the whole document. */
export function toMeiliDocument(document: SearchDocument, vocabulary: Vocabulary): MeiliSupplierDocument {
  const families = document.processes.map((code) => vocabulary.entry(code)?.parent).filter((code): code is string => !!code);
  const processCodes = unique([...document.processes, ...families]);
  const conceptCodes = unique([...processCodes, ...document.materials, ...document.industries]);
  const entries = conceptCodes.map((code) => vocabulary.entry(code)).filter((entry) => entry !== undefined);
  const firstPlant = document.plants[0];
  const meili: MeiliSupplierDocument = {
    supplierId: document.supplierId,
    legalName: document.legalName,
    tradeName: document.tradeName,
    descriptionEs: document.descriptionEs,
    descriptionEn: document.descriptionEn,
    conceptNamesEn: entries.map((entry) => entry.name.en),
    conceptNamesEs: entries.map((entry) => entry.name.es),
    processes: [...document.processes],
    processCodes,
    materials: [...document.materials],
    industries: [...document.industries],
    concepts: conceptCodes,
    scianCodes: [...document.scianCodes],
    stateCodes: unique(document.plants.map((plant) => plant.stateCode)),
    certificationCodes: unique(document.certifications.filter((cert) => !cert.declared).map((cert) => cert.code)),
    verificationLevel: document.verificationLevel,
    verified: (VERIFIED_LEVELS as readonly string[]).includes(document.verificationLevel),
    claimed: document.claimed,
    completeness: document.completeness,
    document,
    ...certificateValidityFields(document.certifications),
  };
  if (firstPlant) meili._geo = { lat: firstPlant.lat, lng: firstPlant.lon };
  return meili;
}

/** The document as it was indexed (hits carry only `document`, see displayedAttributes). */
export function fromMeiliHit(hit: { document?: SearchDocument }): SearchDocument {
  if (!hit.document) throw new Error('Meilisearch hit without its document: the index was built with other settings; run npm run search:reindex');
  return hit.document;
}

/**
 * Meilisearch flattens arrays of objects, so "this certificate's start AND this certificate's end" cannot be
 * asked of an array. Each code gets numbered slots instead, one per disjoint validity interval (overlapping
 * certificates merged), latest ending first: `certValid_iatf_16949_0_from` ≤ day ≤ `..._0_until`.
 * Registry-declared certifications never count, so they get no slot.
 */
export function certificateValidityFields(certifications: readonly SearchCertification[]): Record<`certValid_${string}`, number> {
  const byCode = new Map<string, Array<[number, number]>>();
  for (const cert of certifications) {
    if (cert.declared) continue;
    const interval: [number, number] = [
      cert.validFrom ? dayNumber(cert.validFrom) : OPEN_FROM,
      cert.validUntil ? dayNumber(cert.validUntil) : OPEN_UNTIL,
    ];
    if (interval[0] > interval[1]) continue;
    byCode.set(cert.code, [...(byCode.get(cert.code) ?? []), interval]);
  }
  const fields: Record<`certValid_${string}`, number> = {};
  for (const [code, intervals] of byCode) {
    mergeIntervals(intervals)
      .sort((a, b) => b[1] - a[1])
      .slice(0, CERTIFICATE_SLOTS)
      .forEach(([from, until], slot) => {
        fields[certificateFieldName(code, slot, 'from')] = from;
        fields[certificateFieldName(code, slot, 'until')] = until;
      });
  }
  return fields;
}

function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, until] of sorted) {
    const last = merged[merged.length - 1];
    // Day numbers are not contiguous across months, so only overlap merges; touching intervals stay two slots.
    if (last && from <= last[1]) last[1] = Math.max(last[1], until);
    else merged.push([from, until]);
  }
  return merged;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
