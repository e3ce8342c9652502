import { tokenize } from './normalize';
import { VOCABULARY_LANGUAGES, type Vocabulary, type VocabularyEntry, type VocabularyLanguage } from './vocabulary.types';

/** One way a normalized phrase leads to an entry. */
export interface PhraseClaim {
  readonly entry: VocabularyEntry;
  readonly via: 'name' | 'synonym';
  readonly language: VocabularyLanguage;
  /** The phrase folded but not stemmed, to prefer the claim spelled exactly like the text. */
  readonly surface: string;
}

export interface PhraseIndex {
  /** Normalized phrase -> every claim on it, names before synonyms, English before Spanish. */
  readonly phrases: ReadonlyMap<string, readonly PhraseClaim[]>;
  /** Normalized phrases that are not capabilities: a window equal to one is consumed without a match. */
  readonly notCapabilities: ReadonlySet<string>;
  /** Longest phrase in tokens: the matcher never tries a longer window. */
  readonly maxTokens: number;
}

/** Indexes every name and synonym of every entry by its normalized form, once, so matching is a map look-up per window. */
export function buildPhraseIndex(vocabulary: Vocabulary): PhraseIndex {
  const phrases = new Map<string, PhraseClaim[]>();
  let maxTokens = 0;
  const add = (phrase: string, entry: VocabularyEntry, via: PhraseClaim['via'], language: VocabularyLanguage): void => {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    const key = tokens.map((token) => token.key).join(' ');
    const surface = tokens.map((token) => token.word).join(' ');
    const claims = phrases.get(key) ?? [];
    claims.push({ entry, via, language, surface });
    phrases.set(key, claims);
    maxTokens = Math.max(maxTokens, tokens.length);
  };
  // Names first, so that a phrase that is both an entry's name and its synonym reports via 'name'.
  for (const entry of vocabulary.entries) {
    for (const language of VOCABULARY_LANGUAGES) add(entry.name[language], entry, 'name', language);
  }
  for (const entry of vocabulary.entries) {
    for (const language of VOCABULARY_LANGUAGES) {
      for (const synonym of entry.synonyms[language]) add(synonym, entry, 'synonym', language);
    }
  }
  const notCapabilities = new Set<string>();
  for (const language of VOCABULARY_LANGUAGES) {
    for (const phrase of vocabulary.notCapabilities[language]) {
      const tokens = tokenize(phrase);
      notCapabilities.add(tokens.map((token) => token.key).join(' '));
      maxTokens = Math.max(maxTokens, tokens.length);
    }
  }
  return { phrases, notCapabilities, maxTokens };
}
