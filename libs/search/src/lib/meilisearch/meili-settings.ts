import type { Vocabulary } from '@puente/catalog';
import type { Settings } from 'meilisearch';
import { CERTIFICATE_SLOTS, certificateFieldName } from './meili-fields';

/**
 * Bump when the settings below or the document shape (meili-document.ts) change. Together with the
 * vocabulary's version (the synonyms and concept names come from it) it makes the fingerprint stored beside
 * the index: a different one makes `ensureSettings()` apply the settings again and ask for a reindex.
 */
export const MEILI_SETTINGS_VERSION = 1;

export function settingsFingerprint(vocabulary: Vocabulary): string {
  return `settings-${MEILI_SETTINGS_VERSION}.vocabulary-${vocabulary.version}`;
}

/** Synonym bounds: Meilisearch expands every query word through this map, so each list stays short. */
export const SYNONYM_LIMITS = { perTerm: 24, termMaxWords: 6 } as const;

/**
 * Every vocabulary entry's English and Spanish names and synonyms become mutual synonyms, so "die casting"
 * finds "fundición a presión" text and the other way round. Names come first in each list (they survive the
 * per-term bound); a term shared by two entries gets both groups. Keys are lowercased like Meilisearch
 * normalizes them, so one term is never two keys.
 */
export function buildSynonyms(vocabulary: Vocabulary, limits: { perTerm: number; termMaxWords: number } = SYNONYM_LIMITS): Record<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const entry of vocabulary.entries) {
    const terms = [entry.name.en, entry.name.es, ...entry.synonyms.en, ...entry.synonyms.es]
      .map((term) => term.trim().toLowerCase().replace(/\s+/g, ' '))
      .filter((term) => term.length >= 2 && term.split(' ').length <= limits.termMaxWords);
    const group = [...new Set(terms)];
    for (const term of group) {
      const others = group.filter((other) => other !== term);
      groups.set(term, [...new Set([...(groups.get(term) ?? []), ...others])]);
    }
  }
  const synonyms: Record<string, string[]> = {};
  for (const term of [...groups.keys()].sort()) {
    const list = (groups.get(term) ?? []).slice(0, limits.perTerm);
    if (list.length > 0) synonyms[term] = list;
  }
  return synonyms;
}

/** Certificate validity attributes: one pair per certification code of the vocabulary and slot. */
export function certificateFilterAttributes(vocabulary: Vocabulary): string[] {
  return vocabulary.entriesOfKind('certification').flatMap((entry) =>
    Array.from({ length: CERTIFICATE_SLOTS }, (_, slot) => [certificateFieldName(entry.code, slot, 'from'), certificateFieldName(entry.code, slot, 'until')]).flat(),
  );
}

/** The settings of a supplier index, applied by code (never by hand) so every index is built the same way. */
export function buildIndexSettings(vocabulary: Vocabulary): Settings {
  return {
    // Most telling first: the attribute rule prefers a match in a name over one in a long description.
    searchableAttributes: ['tradeName', 'legalName', 'conceptNamesEn', 'conceptNamesEs', 'descriptionEn', 'descriptionEs'],
    filterableAttributes: [
      'supplierId',
      'concepts',
      'processCodes',
      'processes',
      'materials',
      'industries',
      'scianCodes',
      'stateCodes',
      'certificationCodes',
      'verificationLevel',
      'verified',
      'claimed',
      '_geo',
      ...certificateFilterAttributes(vocabulary),
    ],
    sortableAttributes: ['completeness', 'supplierId', '_geo'],
    // Text relevance decides; `sort` only orders what text cannot tell apart (and placeholder searches).
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
    // Hits carry the document as indexed and its concept codes (families included, to order concept matches).
    displayedAttributes: ['supplierId', 'document', 'concepts'],
    // The primary key is supplierId (one document per supplier), so no distinct attribute is needed.
    distinctAttribute: null,
    synonyms: buildSynonyms(vocabulary),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      // Codes are exact: a typo of "6061" is another alloy.
      disableOnNumbers: true,
    },
    localizedAttributes: [
      { attributePatterns: ['descriptionEs', 'conceptNamesEs'], locales: ['spa'] },
      { attributePatterns: ['descriptionEn', 'conceptNamesEn'], locales: ['eng'] },
    ],
    // 216 processes and 32 states: the default of 100 values per facet would cut the process counts.
    faceting: { maxValuesPerFacet: 500 },
    pagination: { maxTotalHits: MEILI_MAX_TOTAL_HITS },
  };
}

/** Totals below this are exact (Meilisearch counts hits up to `pagination.maxTotalHits`). */
export const MEILI_MAX_TOTAL_HITS = 10_000;
