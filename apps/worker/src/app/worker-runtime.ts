import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConsumerRegistry, OUTBOX_SETTINGS, OutboxRelay, pendingMigrations, QueueRegistry, type OutboxSettings } from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { QueueProcessors } from './queue-processors';
import { WORKER_CONFIG, type WorkerConfig } from './worker-config';

export class WorkerRefusedError extends Error {
  constructor(readonly problems: string[]) {
    super(`the worker refuses to start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'WorkerRefusedError';
  }
}

const PRUNE_SCHEDULER_ID = 'prune-outbox';
const DIGEST_SCHEDULER_ID = 'send-digests';
const RFQ_SWEEP_SCHEDULER_ID = 'close-overdue-rfqs';

/** Starts and stops the worker's moving parts in a safe order. */
@Injectable()
export class WorkerRuntime {
  private readonly log = new Logger('Worker');
  private stopping = false;

  constructor(
    private readonly consumers: ConsumerRegistry,
    private readonly processors: QueueProcessors,
    private readonly relay: OutboxRelay,
    private readonly queues: QueueRegistry,
    private readonly dataSource: DataSource,
    @Inject(OUTBOX_SETTINGS) private readonly outbox: OutboxSettings,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  /** Problems that make starting unsafe: committed work nobody would handle. */
  problems(): string[] {
    return [...this.processors.missing(), ...this.consumers.problems()];
  }

  async start(): Promise<void> {
    const problems = this.problems();
    if (problems.length > 0) throw new WorkerRefusedError(problems);
    await this.waitForMigrations();
    if (this.stopping) return;
    this.processors.start();
    await this.relay.start();
    const maintenance = this.queues.queue('maintenance');
    await maintenance.upsertJobScheduler(
      PRUNE_SCHEDULER_ID,
      { every: this.outbox.pruneIntervalMinutes * 60_000 },
      { name: PRUNE_SCHEDULER_ID, data: { task: 'prune-outbox' } },
    );
    // One scheduler id for every worker: BullMQ makes one job per interval, whoever runs it.
    await maintenance.upsertJobScheduler(
      DIGEST_SCHEDULER_ID,
      { every: this.config.DIGEST_CHECK_INTERVAL_MINUTES * 60_000 },
      { name: DIGEST_SCHEDULER_ID, data: { task: 'send-digests' } },
    );
    // The net under the RFQ deadline jobs: closes open RFQs past their deadline whose job was lost.
    await maintenance.upsertJobScheduler(
      RFQ_SWEEP_SCHEDULER_ID,
      { every: this.config.RFQ_DEADLINE_SWEEP_SECONDS * 1_000 },
      { name: RFQ_SWEEP_SCHEDULER_ID, data: { task: 'close-overdue-rfqs' } },
    );
    this.log.log('processing queues and relaying the outbox');
  }

  /** Stop relaying first (nothing new enters the queues from here), then let jobs in flight finish. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.relay.stop();
    await this.processors.stop();
  }

  /** `db:migrate` may still be running beside a worker started at the same moment. */
  private async waitForMigrations(): Promise<void> {
    let warned = false;
    while (!this.stopping) {
      const pending = await pendingMigrations(this.dataSource, ALL_MIGRATIONS);
      if (pending.length === 0) return;
      if (!warned) this.log.warn(`waiting for migrations: ${pending.join(', ')} (run npm run db:migrate)`);
      warned = true;
      await sleep(1_000);
    }
  }
}
