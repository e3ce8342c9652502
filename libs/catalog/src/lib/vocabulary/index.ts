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
export {
  searchVocabulary,
  createVocabularySearch,
  SEARCH_HOWS,
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LIMIT,
  type SearchHow,
  type SearchVocabularyOptions,
  type VocabularySearch,
  type VocabularySuggestion,
} from './search-vocabulary';
export { vocabularyTree, type VocabularyTree, type VocabularyNode, type ProcessFamilyNode } from './vocabulary-tree';
