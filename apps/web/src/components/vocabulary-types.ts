// Shapes of the public catalog routes the capabilities page reads (the OpenAPI document does not type
// these responses, so the generated client returns unknown for them).

export type Lang = 'en' | 'es';
export type Kind = 'process-family' | 'process' | 'material' | 'industry' | 'certification';

export interface VocabularyNode {
  code: string;
  name: Record<Lang, string>;
  synonyms: Record<Lang, string[]>;
}

export interface ProcessFamilyNode extends VocabularyNode {
  processes: VocabularyNode[];
}

export interface VocabularyTree {
  version: number;
  processFamilies: ProcessFamilyNode[];
  materials: VocabularyNode[];
  industries: VocabularyNode[];
  certifications: VocabularyNode[];
}

export interface Suggestion {
  code: string;
  kind: Kind;
  parent?: string;
  name: Record<Lang, string>;
  match: { how: 'exact' | 'prefix' | 'phrase' | 'word' | 'typo'; term: string; via: 'name' | 'synonym'; language: Lang; text?: string };
}

export interface MatchResult {
  code: string;
  kind: Kind;
  matched: string;
  via: 'name' | 'synonym';
  language: Lang;
}

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
