import type { NaicsEntry, ScianEntry, ScianNaicsLink } from '../industry-codes/industry-codes.types';
import { loadNaics } from '../industry-codes/naics.loader';
import { scianClassVocabularyMap, type ScianClassVocabularyMatch } from '../industry-codes/scian-class-vocabulary';
import { loadScianNaicsCrosswalk } from '../industry-codes/scian-naics-crosswalk.loader';
import { loadScian } from '../industry-codes/scian.loader';
import { referenceTable } from './reference-table';

/** Industry codes: SCIAN 2018, NAICS 2017, the crosswalk between them and the clase → vocabulary map. */

export const scianTable = referenceTable<ScianEntry>({
  table: 'catalog_scian',
  key: ['code'],
  items: () => loadScian().values(),
  columns: [
    { name: 'code', type: 'text', value: (entry) => entry.code },
    { name: 'level', type: 'text', value: (entry) => entry.level },
    { name: 'title', type: 'text', value: (entry) => entry.title },
    { name: 'parent_code', type: 'text', value: (entry) => entry.parentCode },
  ],
});

export const naicsTable = referenceTable<NaicsEntry>({
  table: 'catalog_naics',
  key: ['code'],
  items: () => loadNaics().values(),
  columns: [
    { name: 'code', type: 'text', value: (entry) => entry.code },
    { name: 'title', type: 'text', value: (entry) => entry.title },
  ],
});

export const scianNaicsTable = referenceTable<ScianNaicsLink>({
  table: 'catalog_scian_naics',
  key: ['scian_code', 'naics_code'],
  items: loadScianNaicsCrosswalk,
  columns: [
    { name: 'scian_code', type: 'text', value: (link) => link.scian },
    { name: 'naics_code', type: 'text', value: (link) => link.naics },
    { name: 'basis', type: 'text', value: (link) => link.basis },
  ],
});

interface ScianVocabularyRow {
  readonly scian: string;
  readonly match: ScianClassVocabularyMatch;
}

/** One row per (clase, vocabulary entry): every manufacturing clase has at least one (by its titles or its SCIAN group). */
export const scianVocabularyTable = referenceTable<ScianVocabularyRow>({
  table: 'catalog_scian_vocabulary',
  key: ['scian_code', 'vocabulary_code'],
  items: () => [...scianClassVocabularyMap()].flatMap(([scian, matches]) => matches.map((match) => ({ scian, match }))),
  columns: [
    { name: 'scian_code', type: 'text', value: (row) => row.scian },
    { name: 'vocabulary_code', type: 'text', value: (row) => row.match.code },
    { name: 'basis', type: 'text', value: (row) => row.match.basis },
    { name: 'matched', type: 'text[]', value: (row) => row.match.matched },
  ],
});
