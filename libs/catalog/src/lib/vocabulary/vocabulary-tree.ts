import type { Vocabulary, VocabularyEntry, VocabularyLanguage } from './vocabulary.types';

/** One browsable entry: what a reader sees, without the kind and parent the tree's shape already says. */
export interface VocabularyNode {
  readonly code: string;
  readonly name: Readonly<Record<VocabularyLanguage, string>>;
  readonly synonyms: Readonly<Record<VocabularyLanguage, readonly string[]>>;
}

export interface ProcessFamilyNode extends VocabularyNode {
  /** The family's processes, in file order. */
  readonly processes: readonly VocabularyNode[];
}

export interface VocabularyTree {
  readonly version: number;
  readonly processFamilies: readonly ProcessFamilyNode[];
  readonly materials: readonly VocabularyNode[];
  readonly industries: readonly VocabularyNode[];
  readonly certifications: readonly VocabularyNode[];
}

const node = (entry: VocabularyEntry): VocabularyNode => ({ code: entry.code, name: entry.name, synonyms: entry.synonyms });

/**
 * The vocabulary shaped for browsing: processes nested under their family, the flat kinds beside them,
 * all in file order (the file is curated in a meaningful order; clients sort by name in their language).
 */
export function vocabularyTree(source: Vocabulary): VocabularyTree {
  const processesByFamily = new Map<string, VocabularyNode[]>();
  for (const process of source.entriesOfKind('process')) {
    // validateVocabulary guarantees every process names an existing family.
    const family = process.parent ?? '';
    processesByFamily.set(family, [...(processesByFamily.get(family) ?? []), node(process)]);
  }
  return {
    version: source.version,
    processFamilies: source
      .entriesOfKind('process-family')
      .map((family) => ({ ...node(family), processes: processesByFamily.get(family.code) ?? [] })),
    materials: source.entriesOfKind('material').map(node),
    industries: source.entriesOfKind('industry').map(node),
    certifications: source.entriesOfKind('certification').map(node),
  };
}
