import { AppError, type ErrorDetail } from '@puente/platform';
import type { Rfq } from '../entities/rfq.entity';
import type { RfqLine } from '../entities/rfq-line.entity';

/** Suppliers need at least this long to read and quote. */
export const MIN_DEADLINE_LEAD_MS = 60 * 60 * 1_000;

/**
 * What an RFQ needs before suppliers see it (at publish, and after each amendment): 400 RFQ_INCOMPLETE
 * naming every field at fault. `deadlineMoved` is false for an amendment that kept the deadline, whose
 * hour of lead may have run out since publishing without that being the buyer's doing.
 */
export function assertComplete(rfq: Rfq, lines: readonly RfqLine[], now: Date, deadlineMoved = true): void {
  const problems: ErrorDetail[] = [];
  const missing = (field: string, message: string) => problems.push({ field, issue: 'missing', message });
  if (rfq.title.trim() === '') missing('title', 'a title');
  if (rfq.description.trim() === '') missing('description', 'a description of what is needed');
  if (lines.length === 0) missing('lines', 'at least one line');
  lines.forEach((line, index) => {
    if (line.quantities.length === 0) missing(`lines.${index}.quantities`, `quantities for line ${index + 1}`);
  });
  if (rfq.deliveryZip === null) missing('deliveryZip', 'the US ZIP code the parts are delivered to');
  if (rfq.quoteDeadline === null) {
    missing('quoteDeadline', 'a quote deadline');
  } else {
    if (deadlineMoved && rfq.quoteDeadline.getTime() < now.getTime() + MIN_DEADLINE_LEAD_MS) {
      problems.push({ field: 'quoteDeadline', issue: 'too_soon', message: 'the quote deadline must be at least one hour ahead' });
    }
    if (rfq.needBy !== null && rfq.needBy < rfq.quoteDeadline.toISOString().slice(0, 10)) {
      problems.push({ field: 'needBy', issue: 'before_deadline', message: 'the need-by date must not be before the quote deadline' });
    }
  }
  if (rfq.ndaRequired && !rfq.ndaText?.trim()) missing('ndaText', 'the NDA’s text, since an NDA is required');
  if (rfq.visibility === 'invite_only' && rfq.buyerPicks.length === 0) missing('invitedSupplierIds', 'at least one supplier to invite, since the request is invite-only');
  if (problems.length > 0) {
    throw new AppError('RFQ_INCOMPLETE', { details: problems.map((problem) => ({ ...problem, message: problem.issue === 'missing' ? `needs ${problem.message}` : problem.message })) });
  }
}
