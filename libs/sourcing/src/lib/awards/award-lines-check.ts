import { AppError, type ErrorDetail } from '@puente/platform';
import type { RfqLine } from '../entities/rfq-line.entity';
import type { QuoteContent } from '../quotes/quote-content';

/**
 * 400 VALIDATION_FAILED naming each `lineIds.<i>` at fault: a repeated id, a line not on this RFQ, or one
 * the quote does not price (declined as a whole line, or every break declined).
 */
export function checkAwardedLines(lineIds: readonly string[], lines: readonly RfqLine[], content: QuoteContent): void {
  const problems: ErrorDetail[] = [];
  const onRfq = new Set(lines.map((line) => line.id));
  const seen = new Set<string>();
  lineIds.forEach((lineId, index) => {
    const field = `lineIds.${index}`;
    if (seen.has(lineId)) return void problems.push({ field, issue: 'duplicate', message: `${field} repeats a line` });
    seen.add(lineId);
    if (!onRfq.has(lineId)) return void problems.push({ field, issue: 'unknown_line', message: `${field} must be a line of this request for quote` });
    const quoted = content.lines.find((line) => line.rfqLineId === lineId);
    if (!quoted || quoted.declineReason !== null || quoted.breaks.every((entry) => entry.unitPrice === null)) {
      problems.push({ field, issue: 'not_quoted', message: `${field} is not priced by this quote` });
    }
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: problems });
}
