import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateVocabulary } from './validate-vocabulary';
import type { Vocabulary, VocabularyEntry, VocabularyKind } from './vocabulary.types';
import { catalogDataDir } from '../catalog-data-dir';

// The data lives outside src (libs/catalog/data) so it is reviewed as data, not code; read from source for
// now. When apps bundle this library the file will have to be copied next to the bundle.
const VOCABULARY_FILE = join(catalogDataDir('vocabulary'), 'vocabulary.json');

let loaded: Vocabulary | undefined;

/** Builds the look-ups over validated entries; exported for tests that need a small vocabulary. */
export function createVocabulary(data: unknown): Vocabulary {
  const file = validateVocabulary(data);
  const byCode = new Map<string, VocabularyEntry>(file.entries.map((entry) => [entry.code, entry]));
  const byKind = new Map<VocabularyKind, VocabularyEntry[]>();
  for (const entry of file.entries) {
    const list = byKind.get(entry.kind) ?? [];
    list.push(entry);
    byKind.set(entry.kind, list);
  }
  return {
    version: file.version,
    entries: file.entries,
    notCapabilities: file.notCapabilities,
    entry: (code) => byCode.get(code),
    entriesOfKind: (kind) => byKind.get(kind) ?? [],
  };
}

/** The bilingual capability vocabulary, read and validated once per process. */
export function vocabulary(): Vocabulary {
  loaded ??= createVocabulary(JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')) as unknown);
  return loaded;
}
