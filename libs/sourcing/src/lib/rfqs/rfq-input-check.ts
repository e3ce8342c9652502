import { hsCode as findHsCode, findUsZip, vocabulary, type VocabularyKind } from '@puente/catalog';
import { AppError, type ErrorDetail } from '@puente/platform';
import { isCalendarDate } from '@puente/suppliers';
import { isDecimalString } from '../quotes/quote-decimal';
import type { RfqInput } from './rfq-input';

/** Which vocabulary kinds each code list takes: a process family ("any stamping") is a process in its own right. */
const KINDS: Record<'processes' | 'materials' | 'certifications', readonly VocabularyKind[]> = {
  processes: ['process', 'process-family'],
  materials: ['material'],
  certifications: ['certification'],
};

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const MAX_QUANTITY = 1_000_000_000;

/**
 * The checks the request's shape cannot make: vocabulary codes, the HS code and ZIP against the
 * catalog, real dates, prices as exact decimals, ascending quantity breaks. 400 VALIDATION_FAILED naming
 * every field at fault (`lines.1.quantities`, `hsCode`), or nothing.
 */
export function assertValidRfqInput(input: RfqInput): void {
  const problems = rfqInputProblems(input);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: problems });
}

export function rfqInputProblems(input: RfqInput): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const add = (field: string, issue: string, message: string) => problems.push({ field, issue, message });

  if (input.title !== undefined && input.title.trim() === '') add('title', 'blank', 'title must not be blank');
  input.lines?.forEach((line, index) => {
    const at = `lines.${index}`;
    if (line.partName.trim() === '') add(`${at}.partName`, 'blank', `${at}.partName must not be blank`);
    codeProblems(line.processes, 'processes', `${at}.processes`, add);
    codeProblems(line.materials, 'materials', `${at}.materials`, add);
    const quantities = line.quantities;
    if (quantities.length < 1 || quantities.length > 10) add(`${at}.quantities`, 'count', `${at}.quantities must have 1 to 10 breaks`);
    if (quantities.some((quantity) => !Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY)) {
      add(`${at}.quantities`, 'out_of_range', `${at}.quantities must be whole numbers from 1 to ${MAX_QUANTITY}`);
    } else if (quantities.some((quantity, i) => i > 0 && quantity <= quantities[i - 1])) {
      add(`${at}.quantities`, 'not_ascending', `${at}.quantities must be ascending, each break larger than the one before`);
    }
  });
  if (input.certifications) codeProblems(input.certifications, 'certifications', 'certifications', add);
  if (input.targetUnitPrice != null) {
    if (!isDecimalString(input.targetUnitPrice)) {
      add('targetUnitPrice', 'invalid_decimal', 'targetUnitPrice must be a decimal string with at most 4 places, e.g. "0.0125"');
    } else if (Number(input.targetUnitPrice) <= 0) {
      add('targetUnitPrice', 'not_positive', 'targetUnitPrice must be more than 0');
    }
  }
  if (input.hsCode != null && !isKnownHsCode(input.hsCode)) {
    add('hsCode', 'unknown_hs_code', 'hsCode must be a 6-digit subheading of the HS table, e.g. "841360"');
  }
  if (input.deliveryZip != null && !(/^\d{5}$/.test(input.deliveryZip) && findUsZip(input.deliveryZip))) {
    add('deliveryZip', 'unknown_zip', 'deliveryZip must be a US ZIP code of the catalog, 5 digits');
  }
  if (input.needBy != null && !isCalendarDate(input.needBy)) add('needBy', 'invalid_date', 'needBy must be a real date as YYYY-MM-DD');
  if (input.quoteDeadline != null && !(ISO_DATE_TIME.test(input.quoteDeadline) && !Number.isNaN(Date.parse(input.quoteDeadline)))) {
    add('quoteDeadline', 'invalid_datetime', 'quoteDeadline must be an ISO 8601 date and time with its offset, e.g. "2026-12-20T17:00:00Z"');
  }
  return problems;
}

/** A 6-digit subheading of the catalog's HS table (quotes name their goods' HS code by the same rule). */
export function isKnownHsCode(code: string): boolean {
  return /^\d{6}$/.test(code) && findHsCode(code) !== undefined;
}

function codeProblems(
  codes: readonly string[],
  list: keyof typeof KINDS,
  field: string,
  add: (field: string, issue: string, message: string) => void,
): void {
  const unknown = [...new Set(codes.filter((code) => !KINDS[list].includes(vocabulary().entry(code)?.kind as VocabularyKind)))];
  if (unknown.length > 0) add(field, 'unknown_code', `${field} has codes that are not ${list} of the vocabulary: ${unknown.join(', ')}`);
}
