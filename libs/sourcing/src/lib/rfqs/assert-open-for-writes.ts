import { AppError } from '@puente/platform';
import type { Rfq } from '../entities/rfq.entity';

/**
 * For every write that needs the RFQ taking answers (a question, a decline, a quote in issue 16): 409
 * RFQ_CLOSED unless it is open AND its deadline is still ahead by the caller's clock. The deadline is
 * checked here rather than trusted to the closing job, so one second late is refused even when no job
 * has run yet.
 */
export function assertOpenForWrites(rfq: Pick<Rfq, 'state' | 'quoteDeadline'>, now: Date): void {
  if (rfq.state !== 'open') {
    throw new AppError('RFQ_CLOSED', { details: [{ field: 'rfqId', issue: `state_${rfq.state}`, message: `the request for quote is ${rfq.state}` }] });
  }
  if (rfq.quoteDeadline !== null && rfq.quoteDeadline.getTime() <= now.getTime()) {
    throw new AppError('RFQ_CLOSED', {
      details: [{ field: 'quoteDeadline', issue: 'deadline_passed', message: `the quote deadline ${rfq.quoteDeadline.toISOString()} has passed` }],
    });
  }
}

/** True when an open RFQ's deadline is reached by `now`: what the closing job and the sweep look for. */
export function isPastDeadline(rfq: Pick<Rfq, 'state' | 'quoteDeadline'>, now: Date): boolean {
  return rfq.state === 'open' && rfq.quoteDeadline !== null && rfq.quoteDeadline.getTime() <= now.getTime();
}
