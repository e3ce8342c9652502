// From what was understood (and the explicit filters) to one Requirement, and from a Requirement to what the
// engine is asked for. Filters are exact (the engine applies them); concepts and SCIAN classes only widen
// the candidate set, the ranking decides.
import { tokenize, vocabulary } from '@puente/catalog';
import { spanishFor } from './industry-bridge';
import type { SearchFilters, CandidateQuery } from '../search-engine';
import type { QueryUnderstanding, Requirement } from './ranking-types';

export interface RequirementFilters {
  processes?: readonly string[];
  materials?: readonly string[];
  industries?: readonly string[];
  /** Certifications given as filters are required (hard filters); `{code, required}` lets an RFQ ask without requiring. */
  certifications?: ReadonlyArray<string | { code: string; required: boolean }>;
  zip?: string | null;
}

const union = (...lists: ReadonlyArray<readonly string[]>): string[] => [...new Set(lists.flat())];

export function requirementFrom(understanding: QueryUnderstanding, filters: RequirementFilters, asOf: string): Requirement {
  const of = (kind: 'process' | 'material' | 'industry') => understanding.concepts.filter((concept) => concept.kind === kind).map((concept) => concept.code);
  const certifications = new Map<string, boolean>();
  for (const cert of understanding.certifications) certifications.set(cert.code, false);
  for (const cert of filters.certifications ?? []) {
    const code = typeof cert === 'string' ? cert : cert.code;
    const required = typeof cert === 'string' ? true : cert.required;
    certifications.set(code, (certifications.get(code) ?? false) || required);
  }
  return {
    processes: union(filters.processes ?? [], of('process')),
    materials: union(filters.materials ?? [], of('material')),
    industries: union(filters.industries ?? [], of('industry')),
    scian: understanding.scian,
    certifications: [...certifications].map(([code, required]) => ({ code, required })),
    quantity: understanding.quantity ? { value: understanding.quantity.value, unit: understanding.quantity.unit } : null,
    destinationZip: filters.zip ?? understanding.zip ?? null,
    near: understanding.place ? { name: understanding.place.name, lat: understanding.place.lat, lon: understanding.place.lon } : null,
    text: understanding.freeText,
    asOf,
  };
}

/**
 * A process with its family and a family with its processes: a plant that registered "maquinado" (the
 * family) may do the CNC machining asked, and one that does CNC machining does machining.
 */
export function expandProcess(code: string): string[] {
  const vocab = vocabulary();
  const entry = vocab.entry(code);
  if (!entry) return [code];
  if (entry.kind === 'process-family') return [code, ...vocab.entriesOfKind('process').filter((p) => p.parent === code).map((p) => p.code)];
  if (entry.kind === 'process' && entry.parent) return [code, entry.parent];
  return [code];
}

/** How well a document's process codes answer one asked process: 1 exact or a member of an asked family, 0.5 the family of an asked process. */
export function processCredit(asked: string, held: ReadonlySet<string>): { credit: number; via: string | null } {
  if (held.has(asked)) return { credit: 1, via: asked };
  const vocab = vocabulary();
  const entry = vocab.entry(asked);
  if (entry?.kind === 'process-family') {
    const member = vocab.entriesOfKind('process').find((p) => p.parent === asked && held.has(p.code));
    if (member) return { credit: 1, via: member.code };
  }
  if (entry?.kind === 'process' && entry.parent && held.has(entry.parent)) return { credit: 0.5, via: entry.parent };
  return { credit: 0, via: null };
}

export const CANDIDATE_TEXT_MAX_WORDS = 32;

/**
 * English product words with their Spanish words appended ("brake discs" → "brake discs freno disco"), so
 * the engine's text relevance reaches plants that describe themselves in Spanish.
 */
export function withSpanishWords(text: string): string {
  const extra: string[] = [];
  for (const token of tokenize(text)) {
    for (const spanish of spanishFor(token.key)) if (!extra.includes(spanish)) extra.push(spanish);
  }
  return [text, ...extra].filter(Boolean).join(' ');
}

export function candidateQueryFor(requirement: Requirement, filters: SearchFilters, limit: number): CandidateQuery {
  const concepts = union(requirement.processes.flatMap(expandProcess), requirement.materials, requirement.industries);
  return {
    text: withSpanishWords(requirement.text).split(/\s+/).filter(Boolean).slice(0, CANDIDATE_TEXT_MAX_WORDS).join(' '),
    concepts,
    scianCodes: requirement.scian.map((entry) => entry.code),
    filters: {
      ...filters,
      // Required certifications are filters the engine applies exactly (held, valid on asOf, not declared).
      certifications: union(filters.certifications, requirement.certifications.filter((c) => c.required).map((c) => c.code)),
    },
    asOf: requirement.asOf,
    limit,
  };
}
