// STAND-IN owned by the `ranking` branch: minimal bodies so search-core can call the contract's functions
// through this path until that branch is merged (its file replaces this one whole).
import { findUsZip, haversineKm, estimateTransit, matchText, vocabulary } from '@puente/catalog';
import type { CandidateQuery, Candidate, SearchFilters } from '../search-engine';
import type { QueryUnderstanding, RankedHit, RankingSignals, Requirement, ScoreComponent } from './ranking-types';

export * from './ranking-types';

export const SCORE_WEIGHTS = { concepts: 0.5, text: 0.3, certifications: 0.1, verification: 0.05, completeness: 0.05 } as const;

export function understandQuery(text: string): QueryUnderstanding {
  const trimmed = text.trim();
  const matches = trimmed ? matchText(trimmed) : [];
  const name = (code: string) => {
    const entry = vocabulary().entry(code);
    return { en: entry?.name.en ?? code, es: entry?.name.es ?? code };
  };
  return {
    text: trimmed,
    language: 'unknown',
    concepts: matches
      .filter((m) => m.kind !== 'certification')
      .map((m) => ({ code: m.code, kind: (m.kind === 'process-family' ? 'process' : m.kind) as 'process' | 'material' | 'industry', matched: m.matched, name: name(m.code) })),
    scian: [],
    certifications: matches.filter((m) => m.kind === 'certification').map((m) => ({ code: m.code, matched: m.matched, name: name(m.code) })),
    quantity: null,
    place: null,
    freeText: trimmed,
  };
}

export function requirementFrom(
  understanding: QueryUnderstanding,
  filters: { processes?: string[]; materials?: string[]; industries?: string[]; certifications?: Array<{ code: string; required: boolean }>; zip?: string | null },
  asOf: string,
): Requirement {
  const byKind = (kind: string) => understanding.concepts.filter((c) => c.kind === kind).map((c) => c.code);
  const certs = new Map<string, boolean>();
  for (const c of understanding.certifications) certs.set(c.code, false);
  for (const c of filters.certifications ?? []) certs.set(c.code, c.required || (certs.get(c.code) ?? false));
  return {
    processes: [...new Set([...byKind('process'), ...(filters.processes ?? [])])],
    materials: [...new Set([...byKind('material'), ...(filters.materials ?? [])])],
    industries: [...new Set([...byKind('industry'), ...(filters.industries ?? [])])],
    scian: understanding.scian,
    certifications: [...certs].map(([code, required]) => ({ code, required })),
    quantity: understanding.quantity ? { value: understanding.quantity.value, unit: understanding.quantity.unit } : null,
    destinationZip: filters.zip ?? null,
    near: understanding.place ? { name: understanding.place.name, lat: understanding.place.lat, lon: understanding.place.lon } : null,
    text: understanding.freeText,
    asOf,
  };
}

export function candidateQueryFor(requirement: Requirement, filters: SearchFilters, limit: number): CandidateQuery {
  return {
    text: requirement.text,
    concepts: [...requirement.processes, ...requirement.materials, ...requirement.industries],
    scianCodes: requirement.scian.map((s) => s.code),
    filters: { ...filters, certifications: [...new Set([...filters.certifications, ...requirement.certifications.filter((c) => c.required).map((c) => c.code)])] },
    asOf: requirement.asOf,
    limit,
  };
}

export function rankCandidates(candidates: Candidate[], requirement: Requirement, _signals?: RankingSignals): RankedHit[] {
  const wanted = [...requirement.processes, ...requirement.materials, ...requirement.industries];
  const hits = candidates.map(({ document, textScore }) => {
    const have = new Set([...document.processes, ...document.materials, ...document.industries]);
    const matched = wanted.filter((code) => have.has(code));
    const coverage = wanted.length ? matched.length / wanted.length : 0;
    let transit = null;
    if (requirement.destinationZip && findUsZip(requirement.destinationZip)) {
      for (const plant of document.plants) {
        const estimate = estimateTransit({ origin: { lat: plant.lat, lon: plant.lon }, destinationZip: requirement.destinationZip });
        if (!estimate) continue;
        const days = estimate.best.transitDays;
        if (!transit || days < transit.days) {
          transit = { zip: requirement.destinationZip, portCode: estimate.best.port.code, portName: estimate.best.port.name, roadKm: estimate.best.totalKm, days, plantId: plant.plantId };
        }
      }
    }
    const near = requirement.near;
    const nearKm = near && document.plants.length ? Math.min(...document.plants.map((p) => haversineKm(near, p))) : null;
    const components: ScoreComponent[] = [
      { name: 'concepts', weight: SCORE_WEIGHTS.concepts, value: coverage, contribution: SCORE_WEIGHTS.concepts * coverage, note: { en: `${matched.length} of ${wanted.length}`, es: `${matched.length} de ${wanted.length}` } },
      { name: 'text', weight: SCORE_WEIGHTS.text, value: textScore, contribution: SCORE_WEIGHTS.text * textScore, note: { en: 'text', es: 'texto' } },
      { name: 'completeness', weight: SCORE_WEIGHTS.completeness, value: document.completeness, contribution: SCORE_WEIGHTS.completeness * document.completeness, note: { en: 'profile', es: 'perfil' } },
    ];
    const score = components.reduce((sum, c) => sum + c.contribution, 0);
    const name = (code: string) => {
      const entry = vocabulary().entry(code);
      return { en: entry?.name.en ?? code, es: entry?.name.es ?? code };
    };
    return {
      document,
      score,
      explanation: {
        matchedConcepts: matched.map((code) => ({ code, name: name(code), matchedBy: code })),
        missingConcepts: wanted.filter((code) => !have.has(code)).map((code) => ({ code, name: name(code) })),
        industryCode: null,
        certifications: [],
        transit,
        nearKm,
        components,
      },
    } satisfies RankedHit;
  });
  return hits.sort((a, b) => b.score - a.score || (a.document.supplierId < b.document.supplierId ? -1 : 1));
}
