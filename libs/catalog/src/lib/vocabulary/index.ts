export { vocabulary, createVocabulary } from './load-vocabulary';
export { validateVocabulary, type VocabularyFile } from './validate-vocabulary';
export { matchText, createTextMatcher, type TextMatch, type MatchTextOptions, type TextMatcher } from './match-text';
export { normalizeText, tokenize, foldWord, stemToken, type TextToken } from './normalize';
export {
  VOCABULARY_KINDS,
  VOCABULARY_LANGUAGES,
  type Vocabulary,
  type VocabularyEntry,
  type VocabularyKind,
  type VocabularyLanguage,
} from './vocabulary.types';
