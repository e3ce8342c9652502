// Processes, materials and industries are stored as vocabulary codes so search can match them; a supplier
// writes prose. This file proposes codes from the prose (the supplier confirms them) and checks codes sent in.
import { matchText, vocabulary, type VocabularyKind } from '@puente/catalog';

export type CapabilityKind = 'process' | 'material' | 'industry';

export interface CapabilitySuggestion {
  code: string;
  kind: CapabilityKind;
  name: { en: string; es: string };
  /** The words of the description that matched, as the supplier wrote them ("troquelado de lámina"). */
  evidence: string;
}

/**
 * A process family (proc.stamping, proc.wire-harness) is a process capability in its own right: a supplier
 * that writes "troquelado" has not said which kind of stamping. Families are suggested and accepted as
 * processes; search can widen a family to its processes later.
 */
const VOCABULARY_KINDS_OF: Record<CapabilityKind | 'certification', readonly VocabularyKind[]> = {
  process: ['process', 'process-family'],
  material: ['material'],
  industry: ['industry'],
  certification: ['certification'],
};

const CAPABILITY_OF: Partial<Record<VocabularyKind, CapabilityKind>> = {
  process: 'process',
  'process-family': 'process',
  material: 'material',
  industry: 'industry',
};

/** Capability codes a description mentions, Spanish or English, in the order the text mentions them, once each. */
export function suggestCapabilities(description: string): CapabilitySuggestion[] {
  const kinds = [...VOCABULARY_KINDS_OF.process, ...VOCABULARY_KINDS_OF.material, ...VOCABULARY_KINDS_OF.industry];
  return matchText(description, { kinds }).flatMap((match) => {
    const entry = vocabulary().entry(match.code);
    const kind = CAPABILITY_OF[match.kind];
    if (!entry || !kind) return [];
    return [{ code: entry.code, kind, name: { en: entry.name.en, es: entry.name.es }, evidence: match.matched }];
  });
}

/** The codes, once each and in the order given, that are not in the vocabulary or are of another kind. */
export function unknownVocabularyCodes(codes: readonly string[], kind: CapabilityKind | 'certification'): string[] {
  const accepted = VOCABULARY_KINDS_OF[kind];
  const unknown = codes.filter((code) => {
    const entry = vocabulary().entry(code);
    return !entry || !accepted.includes(entry.kind);
  });
  return [...new Set(unknown)];
}
