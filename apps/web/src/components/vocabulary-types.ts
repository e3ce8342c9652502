import type {
  ProcessFamilyNodeResponse,
  TextMatchResponse,
  VocabularyNodeResponse,
  VocabularySuggestionResponse,
  VocabularyTreeResponse,
} from '../api/api-client';

// The capabilities page's names for the catalog routes' response types (generated from the OpenAPI document).

export type Lang = 'en' | 'es';
export type VocabularyNode = VocabularyNodeResponse;
export type ProcessFamilyNode = ProcessFamilyNodeResponse;
export type VocabularyTree = VocabularyTreeResponse;
export type Suggestion = VocabularySuggestionResponse;
export type MatchResult = TextMatchResponse;

export const otherLanguage = (language: Lang): Lang => (language === 'en' ? 'es' : 'en');

/** Every node of the tree by code, to name what the match and search routes return. */
export function nodesByCode(tree: VocabularyTree): Map<string, VocabularyNode> {
  const nodes = [
    ...tree.processFamilies.flatMap((family) => [family, ...family.processes]),
    ...tree.materials,
    ...tree.industries,
    ...tree.certifications,
  ];
  return new Map(nodes.map((node) => [node.code, node]));
}
