import type { CandidateQuery, SearchFilters } from '../search-engine';
import { CERTIFICATE_SLOTS, certificateFieldName, dayNumber } from './meili-fields';

/**
 * A string literal in a Meilisearch filter: double-quoted, with `\` and `"` escaped by a backslash (since
 * Meilisearch v1.4 the filter parser unescapes `\\` and `\"`; see its v1.4 changelog). Whatever the text,
 * it stays one literal: it cannot close the quote and add an `OR` of its own.
 */
export function filterString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function filterIn(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(filterString).join(', ')}]`;
}

/**
 * The filters every answer must satisfy (SearchFilters: each one exact), as one AND of expressions.
 * Certifications: held by a non-declared certificate valid on `asOf` (any of the code's validity slots).
 * `knownCertifications` are the codes the index has attributes for; asking for another one can match
 * nothing, which `null` says (filtering on an attribute that is not filterable is an error in Meilisearch).
 */
export function filterExpressions(filters: SearchFilters, asOf: string, knownCertifications: ReadonlySet<string>): string[] | null {
  const expressions: string[] = [];
  for (const code of filters.processes) expressions.push(`processCodes = ${filterString(code)}`);
  for (const code of filters.materials) expressions.push(`materials = ${filterString(code)}`);
  for (const code of filters.industries) expressions.push(`industries = ${filterString(code)}`);
  if (filters.certifications.length > 0) {
    const day = dayNumber(asOf);
    for (const code of filters.certifications) {
      if (!knownCertifications.has(code)) return null;
      expressions.push(certificateValidExpression(code, day));
    }
  }
  if (filters.states.length > 0) expressions.push(filterIn('stateCodes', filters.states));
  if (filters.verified) expressions.push('verified = true');
  return expressions;
}

/** A certificate of this code valid on the day (a YYYYMMDD number), in any of the code's slots. */
export function certificateValidExpression(code: string, day: number): string {
  const slots = Array.from(
    { length: CERTIFICATE_SLOTS },
    (_, slot) => `(${certificateFieldName(code, slot, 'from')} <= ${day} AND ${certificateFieldName(code, slot, 'until')} >= ${day})`,
  );
  return `(${slots.join(' OR ')})`;
}

/** "Any of these concepts or SCIAN classes": how a document becomes a candidate without the words. */
export function conceptExpression(query: Pick<CandidateQuery, 'concepts' | 'scianCodes'>): string | null {
  const parts: string[] = [];
  if (query.concepts.length > 0) parts.push(filterIn('concepts', query.concepts));
  if (query.scianCodes.length > 0) parts.push(filterIn('scianCodes', query.scianCodes));
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

/** Joins expressions with AND; undefined when there is nothing to filter on. */
export function andFilter(expressions: readonly string[]): string | undefined {
  return expressions.length === 0 ? undefined : expressions.join(' AND ');
}
