import type { ScoreComponentName } from './ranking-types';

/**
 * The weights of the one transparent score: score = Σ weight × value (value 0..1) over the components that
 * apply to a requirement. A component applies only when the requirement asks for it (no concepts asked: no
 * concept term), so every hit of one search is scored on the same terms and scores compare within a search.
 * They sum to 1, so a hit that is perfect on everything a full requirement asks scores 1.
 *
 * - concepts 0.30: what the plant does (processes, materials, industries asked) is the heart of a match.
 * - industry_code 0.20: the plant's registry class is one the NAICS bridge reached ("dog food" → 311110);
 *   for directory listings it is often the only evidence of the product, so it weighs almost as much.
 * - text 0.18: the engine's text relevance for the words left over (normalized 0..1 per answer).
 * - certifications 0.10: asked certificates held and valid on the day (required ones are filters besides).
 * - proximity 0.10: transit days to the buyer's ZIP through the best land port, or road km to a place.
 * - capacity 0.04: the quantity fits the minimum order and the monthly capacity (neutral when unknown).
 * - verification 0.03 and completeness 0.02: small tie-breakers that prefer checked, filled-in profiles.
 * - responsiveness 0.03: how the supplier answers invitations, from sourcing's response statistics through
 *   `RankingSignalsSource` (left out when no source is plugged in); small, so conduct breaks ties of fit, never beats it.
 */
export const SCORE_WEIGHTS: Readonly<Record<ScoreComponentName, number>> = Object.freeze({
  concepts: 0.3,
  industry_code: 0.2,
  text: 0.18,
  certifications: 0.1,
  proximity: 0.1,
  capacity: 0.04,
  verification: 0.03,
  completeness: 0.02,
  responsiveness: 0.03,
});

/** Within concept coverage: a missing process costs more than a missing material, which costs more than an industry. */
export const CONCEPT_KIND_WEIGHTS = Object.freeze({ process: 1, material: 0.7, industry: 0.5 });
