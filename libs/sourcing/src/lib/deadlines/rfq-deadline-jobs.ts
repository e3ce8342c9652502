import { Injectable, Logger } from '@nestjs/common';
import type { DeadlineJobPayload } from '@puente/platform';
import { RfqDeadlineCloser } from '../rfqs/rfq-deadline-closer';

/** What the worker's `deadlines` queue and its `close-overdue-rfqs` maintenance task run. */
@Injectable()
export class RfqDeadlineJobs {
  private readonly log = new Logger('RfqDeadlines');

  constructor(private readonly closer: RfqDeadlineCloser) {}

  /** The delayed job: closes the RFQ if its current deadline has come (a job for a moved deadline finds it has not). */
  async closeAtDeadline({ rfqId }: DeadlineJobPayload): Promise<{ closed: boolean }> {
    return { closed: await this.closer.closeIfDue(rfqId) };
  }

  /** The sweep: open RFQs past their deadline whose job was lost (Redis flushed, the job removed). */
  async closeOverdue(): Promise<{ closed: number }> {
    const closed = await this.closer.closeOverdue();
    if (closed.length > 0) this.log.warn(`close-overdue-rfqs closed ${closed.length} RFQs their deadline job missed: ${closed.join(', ')}`);
    return { closed: closed.length };
  }
}
