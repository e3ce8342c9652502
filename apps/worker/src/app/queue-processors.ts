import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import {
  bullPrefix,
  OutboxConsumerRunner,
  OutboxPruner,
  QUEUE_NAMES,
  QUEUE_SETTINGS,
  runWithRequestId,
  type QueueName,
  type QueuePayloads,
  type QueueSettings,
} from '@puente/platform';
import { DigestService } from '@puente/notifications';
import { RfqDeadlineJobs } from '@puente/sourcing';
import { Worker, type Job } from 'bullmq';
import { WORKER_CONFIG, type WorkerConfig } from './worker-config';

type Processors = { [Name in QueueName]: (job: Job<QueuePayloads[Name]>) => Promise<unknown> };

/** One BullMQ worker per queue. The processor map's type makes a queue without a processor a compile error. */
@Injectable()
export class QueueProcessors {
  private readonly log = new Logger('QueueProcessors');
  private workers: Worker[] = [];

  constructor(
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly consumers: OutboxConsumerRunner,
    private readonly pruner: OutboxPruner,
    // Optional so that a build without the notifications module is refused with a clear problem
    // (see missing()) rather than a dependency-injection error.
    @Optional() private readonly digests?: DigestService,
    @Optional() private readonly deadlines?: RfqDeadlineJobs,
  ) {}

  private readonly processors: Processors = {
    events: (job) => this.consumers.run('events', job),
    maintenance: async (job) => {
      switch (job.data.task) {
        case 'prune-outbox': {
          const pruned = await this.pruner.prune();
          this.log.log(`prune-outbox: deleted ${pruned.outbox} outbox rows and ${pruned.inbox} inbox records`);
          return pruned;
        }
        case 'send-digests':
          if (!this.digests) throw new Error('send-digests has no handler in this build');
          return { digests: await this.digests.sendDue() };
        case 'close-overdue-rfqs':
          if (!this.deadlines) throw new Error('close-overdue-rfqs has no handler in this build');
          return this.deadlines.closeOverdue();
      }
    },
    deadlines: async (job) => {
      if (!this.deadlines) throw new Error('the deadlines queue has no handler in this build');
      return this.deadlines.closeAtDeadline(job.data);
    },
  };

  /** Queues declared in QUEUE_NAMES that this build cannot process (a deploy mismatch). */
  missing(): string[] {
    const problems = QUEUE_NAMES.filter((name) => typeof this.processors[name] !== 'function').map(
      (name) => `queue "${name}" is declared but has no processor`,
    );
    if (!this.digests) problems.push('maintenance task "send-digests" is scheduled but no DigestService handles it');
    if (!this.deadlines) problems.push('the deadlines queue and "close-overdue-rfqs" are scheduled but no RfqDeadlineJobs handles them');
    return problems;
  }

  start(): void {
    this.workers = QUEUE_NAMES.map((name) => {
      const processor = this.processors[name] as (job: Job) => Promise<unknown>;
      const worker = new Worker(name, (job) => runWithRequestId(String(job.data?.requestId ?? job.id), () => processor(job)), {
        connection: { url: this.settings.redisUrl, maxRetriesPerRequest: null, connectionName: `puente-worker-${name}` },
        prefix: bullPrefix(this.settings),
        concurrency: this.config.WORKER_CONCURRENCY,
        lockDuration: this.config.QUEUE_STALLED_INTERVAL_MS,
        stalledInterval: this.config.QUEUE_STALLED_INTERVAL_MS,
        maxStalledCount: 2,
      });
      worker.on('failed', (job, error) =>
        this.log.warn(`job ${job?.id} on ${name} failed (attempt ${job?.attemptsMade}): ${error.message}`),
      );
      worker.on('error', (error) => this.log.error(`queue ${name}: ${error.message}`));
      return worker;
    });
  }

  /** Lets the jobs in flight finish, takes no new ones. */
  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.workers = [];
  }
}
