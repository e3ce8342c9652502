import { stemToken, tokenize } from './normalize';
import { VOCABULARY_LANGUAGES, type Vocabulary, type VocabularyEntry, type VocabularyLanguage } from './vocabulary.types';

/** One name or synonym of an entry, pre-split for the comparisons a search makes on every keystroke. */
export interface SearchTerm {
  readonly entry: VocabularyEntry;
  /** The entry's position in the file: the last tie-breaker, so equal results keep the curated order. */
  readonly order: number;
  /** As written in the vocabulary, to show the user what matched. */
  readonly text: string;
  readonly via: 'name' | 'synonym';
  readonly language: VocabularyLanguage;
  /** Folded words (no accents, lower case, not stemmed): what prefixes and typos are compared on. */
  readonly words: readonly string[];
  /** The words joined by single spaces: "inyeccion de plastico". */
  readonly surface: string;
  /** Stemmed words joined, so plurals count as exact ("moldes" is "molde"). */
  readonly key: string;
}

/** A distinct word of the vocabulary with its stem, computed once rather than per query. */
export interface IndexedWord {
  readonly word: string;
  readonly stem: string;
}

export interface SearchIndex {
  readonly terms: readonly SearchTerm[];
  /** Every entry's terms by code, to name the term behind a phrase that matchText found. */
  readonly termsByCode: ReadonlyMap<string, readonly SearchTerm[]>;
  /** Every distinct folded word of every term, scanned once per query word for prefixes and typos. */
  readonly words: readonly IndexedWord[];
}

/** Splits every name and synonym of every entry once; names before synonyms so equal matches report the name. */
export function buildSearchIndex(vocabulary: Vocabulary): SearchIndex {
  const terms: SearchTerm[] = [];
  const words = new Set<string>();
  const add = (entry: VocabularyEntry, order: number, text: string, via: SearchTerm['via'], language: VocabularyLanguage) => {
    const tokens = tokenize(text);
    if (tokens.length === 0) return;
    const termWords = tokens.map((token) => token.word);
    termWords.forEach((word) => words.add(word));
    terms.push({
      entry,
      order,
      text,
      via,
      language,
      words: termWords,
      surface: termWords.join(' '),
      key: tokens.map((token) => token.key).join(' '),
    });
  };
  vocabulary.entries.forEach((entry, order) => {
    for (const language of VOCABULARY_LANGUAGES) add(entry, order, entry.name[language], 'name', language);
  });
  vocabulary.entries.forEach((entry, order) => {
    for (const language of VOCABULARY_LANGUAGES) entry.synonyms[language].forEach((synonym) => add(entry, order, synonym, 'synonym', language));
  });
  const termsByCode = new Map<string, SearchTerm[]>();
  for (const term of terms) termsByCode.set(term.entry.code, [...(termsByCode.get(term.entry.code) ?? []), term]);
  return { terms, termsByCode, words: [...words].map((word) => ({ word, stem: stemToken(word) })) };
}
