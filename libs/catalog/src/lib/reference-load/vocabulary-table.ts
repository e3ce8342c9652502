import { vocabulary } from '../vocabulary/load-vocabulary';
import type { VocabularyEntry } from '../vocabulary/vocabulary.types';
import { referenceTable } from './reference-table';

/** The capability vocabulary; every row carries the file's version. */
export const vocabularyTable = referenceTable<VocabularyEntry>({
  table: 'catalog_vocabulary',
  key: ['code'],
  items: () => vocabulary().entries,
  columns: [
    { name: 'code', type: 'text', value: (entry) => entry.code },
    { name: 'kind', type: 'text', value: (entry) => entry.kind },
    { name: 'parent', type: 'text', value: (entry) => entry.parent ?? null },
    { name: 'name_en', type: 'text', value: (entry) => entry.name.en },
    { name: 'name_es', type: 'text', value: (entry) => entry.name.es },
    { name: 'synonyms_en', type: 'text[]', value: (entry) => entry.synonyms.en },
    { name: 'synonyms_es', type: 'text[]', value: (entry) => entry.synonyms.es },
    { name: 'version', type: 'integer', value: () => vocabulary().version },
  ],
});
