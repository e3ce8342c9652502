import type { DefaultJobOptions } from 'bullmq';

/**
 * Every queue and the payload its jobs carry. A new queue is added here, so the worker can
 * check at boot that it runs a processor for each one.
 */
export interface QueuePayloads {
  /** Domain events relayed from the outbox; each job runs the consumers of its topic. */
  events: OutboxJobPayload;
  /** Scheduled housekeeping. */
  maintenance: MaintenanceJobPayload;
  /** One delayed job per open RFQ's quote deadline: at the deadline, close it if it is still due. */
  deadlines: DeadlineJobPayload;
}

export type QueueName = keyof QueuePayloads;
export const QUEUE_NAMES: readonly QueueName[] = ['events', 'maintenance', 'deadlines'];

export interface OutboxJobPayload {
  /** The row's number in its own database's sequence: for logs, not unique across databases. */
  outboxId: string;
  /** The row's random id: the job id and the inbox key. Absent only on jobs relayed before it existed. */
  messageId?: string;
  topic: string;
  payload: unknown;
  /** The request that caused the change, so logs can be followed from HTTP into the worker. */
  requestId: string | null;
}

export interface MaintenanceJobPayload {
  task: 'prune-outbox' | 'send-digests' | 'close-overdue-rfqs';
}

export interface DeadlineJobPayload {
  rfqId: string;
  /** The deadline the job was scheduled for (ISO); the closer reads the RFQ's current one. */
  quoteDeadline: string;
}

export interface JobRetryPolicy {
  attempts: number;
  backoffMs: number;
  /** Days a job that used up its attempts stays in the failed set before BullMQ removes it. */
  failedRetentionDays: number;
}

/**
 * Retried with exponential backoff; completed jobs pruned after a day, failed ones kept for
 * inspection for `failedRetentionDays`, then pruned: kept forever, a stream of failing jobs would
 * fill Redis (which runs `noeviction`). BullMQ drops the expired ones each time another job of the
 * queue fails, so no sweeper is needed. Job scheduler jobs inherit these options too.
 */
export function defaultJobOptions(policy: JobRetryPolicy): DefaultJobOptions {
  return {
    attempts: policy.attempts,
    backoff: { type: 'exponential', delay: policy.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: policy.failedRetentionDays * 24 * 3600 },
  };
}
