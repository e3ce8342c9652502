import { Injectable } from '@nestjs/common';
import { Clock, jobId, OnCommitted, QueueRegistry, type ConsumerContext } from '@puente/platform';
import { rfqDeadlineSet } from '../rfq-topics';

/** The delayed job's id: one per RFQ and deadline, so a replay adds nothing and a moved deadline adds a new job. */
export function deadlineJobId(rfqId: string, quoteDeadline: Date): string {
  return jobId('rfq_close', rfqId, quoteDeadline.getTime());
}

/**
 * Schedules the close of an RFQ at its quote deadline: a delayed BullMQ job, kept in Redis, so it survives
 * worker restarts. A moved deadline schedules another job; the old one still fires, finds the deadline not
 * reached and does nothing (the closer reads the RFQ's current deadline, never the job's).
 */
@Injectable()
export class RfqDeadlineScheduleConsumer {
  constructor(
    private readonly queues: QueueRegistry,
    private readonly clock: Clock,
  ) {}

  @OnCommitted(rfqDeadlineSet, { consumer: 'sourcing.rfq-deadline-schedule' })
  async schedule({ rfqId, quoteDeadline }: { rfqId: string; quoteDeadline: string }, _context: ConsumerContext): Promise<void> {
    const deadline = new Date(quoteDeadline);
    if (Number.isNaN(deadline.getTime())) throw new Error(`rfq ${rfqId}: quoteDeadline "${quoteDeadline}" is not a date`);
    await this.queues.queue('deadlines').add(
      'rfq-close',
      { rfqId, quoteDeadline: deadline.toISOString() },
      { jobId: deadlineJobId(rfqId, deadline), delay: Math.max(0, deadline.getTime() - this.clock.now().getTime()) },
    );
  }
}
