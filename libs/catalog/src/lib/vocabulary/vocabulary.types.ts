/** What a vocabulary entry describes. Process families group processes (a process names its family as parent). */
export const VOCABULARY_KINDS = ['process-family', 'process', 'material', 'industry', 'certification'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

export const VOCABULARY_LANGUAGES = ['en', 'es'] as const;
export type VocabularyLanguage = (typeof VOCABULARY_LANGUAGES)[number];

export interface VocabularyEntry {
  /** Stable, lowercase, dotted code (proc.*, mat.*, ind.*, cert.*): stored on profiles and RFQs, never renamed. */
  readonly code: string;
  readonly kind: VocabularyKind;
  /** Only on processes: the code of their process family. */
  readonly parent?: string;
  readonly name: Readonly<Record<VocabularyLanguage, string>>;
  readonly synonyms: Readonly<Record<VocabularyLanguage, readonly string[]>>;
}

/** Phrases per language that read like a capability but are not one (paint manufacturing, scrap smelting). */
export type NotCapabilityPhrases = Readonly<Record<VocabularyLanguage, readonly string[]>>;

export interface Vocabulary {
  readonly version: number;
  readonly entries: readonly VocabularyEntry[];
  /** The matcher consumes these words and reports nothing for them. */
  readonly notCapabilities: NotCapabilityPhrases;
  /** The entry with this code, or undefined. */
  entry(code: string): VocabularyEntry | undefined;
  /** Entries of one kind, in file order. */
  entriesOfKind(kind: VocabularyKind): readonly VocabularyEntry[];
}
