// The one transparent scoring function: score = Σ weight × value over the components the requirement asks
// for, every component in the explanation with its weight, value, contribution and a note in both languages.
import type { Candidate } from '../search-engine';
import type { Explanation, RankedHit, RankingSignals, Requirement, ScoreComponent, ScoreComponentName } from './ranking-types';
import {
  bestTransit,
  capacityFit,
  certificationsValue,
  certificationStatus,
  completenessValue,
  conceptCoverage,
  industryCodeMatch,
  nearestKm,
  proximityValue,
  textValue,
  verificationValue,
  type ComponentValue,
} from './score-components';
import { SCORE_WEIGHTS } from './score-weights';

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

function component(name: ScoreComponentName, { value, note }: ComponentValue): ScoreComponent {
  const weight = SCORE_WEIGHTS[name];
  const rounded = round6(value);
  return { name, weight, value: rounded, contribution: round6(weight * rounded), note };
}

/** Scores one candidate; null when it lacks a required certification (valid on asOf, not merely declared). */
export function scoreCandidate(candidate: Candidate, requirement: Requirement, signals?: RankingSignals): RankedHit | null {
  const { document } = candidate;
  const certifications = requirement.certifications.map((cert) => certificationStatus(document, cert.code, requirement.asOf));
  if (requirement.certifications.some((cert, i) => cert.required && certifications[i].status !== 'valid')) return null;

  const components: ScoreComponent[] = [];
  const asksConcepts = requirement.processes.length + requirement.materials.length + requirement.industries.length > 0;
  const coverage = conceptCoverage(document, requirement);
  if (asksConcepts) components.push(component('concepts', coverage));
  const industry = industryCodeMatch(document, requirement);
  if (requirement.scian.length > 0) components.push(component('industry_code', industry));
  if (requirement.text.trim() !== '') components.push(component('text', textValue(candidate.textScore)));
  if (certifications.length > 0) components.push(component('certifications', certificationsValue(certifications)));
  if (requirement.quantity) components.push(component('capacity', capacityFit(document, requirement)));
  const transit = requirement.destinationZip ? bestTransit(document, requirement.destinationZip) : null;
  const nearKm = requirement.near ? nearestKm(document, requirement.near) : null;
  if (requirement.destinationZip || requirement.near) components.push(component('proximity', proximityValue(transit, nearKm, requirement)));
  components.push(component('verification', verificationValue(document)));
  components.push(component('completeness', completenessValue(document)));
  if (signals?.responsiveness) {
    const answered = signals.responsiveness(document.supplierId);
    components.push(
      component('responsiveness', answered === null
        ? { value: 0.5, note: { en: 'no response history yet', es: 'aún sin historial de respuestas' } }
        : { value: Math.min(1, Math.max(0, answered.value)), note: answered.note }),
    );
  }

  const explanation: Explanation = {
    matchedConcepts: coverage.matchedConcepts,
    missingConcepts: coverage.missingConcepts,
    industryCode: industry.industryCode,
    certifications,
    transit,
    nearKm,
    components,
  };
  return { document, score: round6(components.reduce((sum, c) => sum + c.contribution, 0)), explanation };
}

/** Every candidate scored, those lacking a required certification dropped, best first, ties by supplierId. */
export function rankCandidates(candidates: Candidate[], requirement: Requirement, signals?: RankingSignals): RankedHit[] {
  const hits: RankedHit[] = [];
  for (const candidate of candidates) {
    const hit = scoreCandidate(candidate, requirement, signals);
    if (hit) hits.push(hit);
  }
  return hits.sort((a, b) => b.score - a.score || (a.document.supplierId < b.document.supplierId ? -1 : a.document.supplierId > b.document.supplierId ? 1 : 0));
}
