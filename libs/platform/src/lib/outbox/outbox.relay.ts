import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { jobId } from '../queue/job-id';
import { QueueRegistry } from '../queue/queue-registry';
import type { OutboxJobPayload, QueueName } from '../queue/queues';
import { Clock } from '../time/clock';
import { ConsumerRegistry } from './consumer.registry';
import { OUTBOX_SETTINGS, type OutboxSettings } from './outbox-settings';

interface OutboxRow {
  id: string;
  message_id: string;
  topic: string;
  payload: unknown;
  request_id: string | null;
}

export const OUTBOX_CHANNEL = 'outbox_messages';

/**
 * Moves committed outbox rows into BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED, so any
 * number of relays share the work; each job's id is `outbox-<message_id>`, so re-adding a row after
 * a crash between "added" and "marked sent" adds nothing new while the job is kept, and the
 * consumers' inbox absorbs it after that. The id is the row's random message id, not its sequence
 * number: another database sharing this Redis (a reset demo, a restore, a staging copy) has its own
 * row 1, and must not find its job already done.
 */
@Injectable()
export class OutboxRelay {
  private readonly log = new Logger('OutboxRelay');
  private running = false;
  /** Set by NOTIFY; lets a notification that arrives mid-batch skip the next wait. */
  private notified = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private listener?: Client;
  /** Rows this relay has moved since it started; a row moved by two relays would count twice. */
  relayed = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly consumers: ConsumerRegistry,
    private readonly clock: Clock,
    @Inject(OUTBOX_SETTINGS) private readonly settings: OutboxSettings,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** Relays one batch; returns how many rows it moved. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, message_id, topic, payload, request_id FROM outbox_messages
         WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.settings.batchSize],
      );
      if (rows.length === 0) return 0;

      const jobsByQueue = new Map<QueueName, Array<{ name: string; data: OutboxJobPayload; opts: { jobId: string } }>>();
      for (const row of rows) {
        for (const queue of this.consumers.queuesFor(row.topic)) {
          const jobs = jobsByQueue.get(queue) ?? [];
          jobs.push({
            name: row.topic,
            data: { outboxId: row.id, messageId: row.message_id, topic: row.topic, payload: row.payload, requestId: row.request_id },
            opts: { jobId: jobId('outbox', row.message_id) },
          });
          jobsByQueue.set(queue, jobs);
        }
      }
      for (const [queue, jobs] of jobsByQueue) await this.queues.queue(queue).addBulk(jobs);

      await manager.query('UPDATE outbox_messages SET sent_at = $1 WHERE id = ANY($2::bigint[])', [
        this.clock.now(),
        rows.map((row) => row.id),
      ]);
      this.relayed += rows.length;
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    this.listener = new Client({ connectionString: this.settings.databaseUrl, application_name: 'puente-outbox-listener' });
    this.listener.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    // A lost LISTEN connection only slows the relay to its polling interval; reconnect on the next start.
    this.listener.on('error', (error) => this.log.warn(`outbox listener lost: ${error.message}`));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let moved = 0;
      this.notified = false;
      try {
        moved = await this.relayBatch();
      } catch (error) {
        this.log.error(`relay batch failed: ${(error as Error).message}`, (error as Error).stack);
      }
      if (moved < this.settings.batchSize && this.running && !this.notified) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.settings.pollIntervalMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
