import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { runWithRequestId } from '../logging/request-context';
import type { OutboxJobPayload, QueueName } from '../queue/queues';
import { Clock } from '../time/clock';
import { ConsumerRegistry } from './consumer.registry';

/**
 * Runs the consumers of one relayed outbox row. Each consumer's effect commits together with its
 * inbox row `(consumer, message_id)`, whose primary key turns a redelivery into a no-op: delivery
 * is at least once, effects exactly once. A failing consumer fails the job; on retry the
 * consumers that already succeeded are skipped.
 */
@Injectable()
export class OutboxConsumerRunner {
  private readonly log = new Logger('OutboxConsumer');

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: ConsumerRegistry,
    private readonly clock: Clock,
  ) {}

  async run(queue: QueueName, job: Job<OutboxJobPayload>): Promise<void> {
    const { outboxId, topic, payload, requestId } = job.data;
    const work = async () => {
      const messageId = job.data.messageId ?? (await this.messageIdOf(outboxId));
      if (!messageId) {
        // Only a job relayed before message ids existed, whose row has since been pruned, lands here.
        this.log.warn(`outbox ${outboxId} (${topic}) is no longer in the outbox; its job is dropped`);
        return;
      }
      for (const consumer of this.registry.consumersOf(topic, queue)) {
        await this.dataSource.transaction(async (manager) => {
          const claimed: unknown[] = await manager.query(
            `INSERT INTO processed_messages (consumer, message_id, outbox_id, processed_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING RETURNING message_id`,
            [consumer.consumer, messageId, outboxId, this.clock.now()],
          );
          if (claimed.length === 0) {
            this.log.debug(`${consumer.consumer} already applied outbox ${outboxId} (${messageId})`);
            return;
          }
          await consumer.handle(payload, {
            manager,
            outboxId,
            messageId,
            requestId,
            attempt: job.attemptsMade + 1,
            maxAttempts: job.opts.attempts ?? 1,
          });
        });
      }
    };
    await (requestId ? runWithRequestId(requestId, work) : work());
  }

  /** For jobs added by a relay that predates message ids (still in Redis across an upgrade). */
  private async messageIdOf(outboxId: string): Promise<string | undefined> {
    const rows: Array<{ message_id: string }> = await this.dataSource.query('SELECT message_id FROM outbox_messages WHERE id = $1', [outboxId]);
    return rows[0]?.message_id;
  }
}
