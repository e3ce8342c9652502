import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { defaultJobOptions, type QueueName, type QueuePayloads } from './queues';
import { bullPrefix, QUEUE_SETTINGS, type QueueSettings } from './queue-settings';

/** One producer handle per queue, sharing one connection; closed on shutdown. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private connection?: Redis;

  constructor(@Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings) {}

  queue<Name extends QueueName>(name: Name): Queue<QueuePayloads[Name]> {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.redis(),
        prefix: bullPrefix(this.settings),
        defaultJobOptions: defaultJobOptions(this.settings.retry),
      });
      this.queues.set(name, queue);
    }
    return queue as Queue<QueuePayloads[Name]>;
  }

  /** Resolves when the queues' Redis answers; callers bound the wait (commands queue while reconnecting). */
  async ping(): Promise<void> {
    await this.redis().ping();
  }

  private redis(): Redis {
    // BullMQ needs commands to wait out a reconnect rather than fail (maxRetriesPerRequest: null).
    this.connection ??= new Redis(this.settings.redisUrl, { maxRetriesPerRequest: null, connectionName: 'puente-queues' });
    return this.connection;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
    await this.connection?.quit().catch(() => this.connection?.disconnect());
    this.connection = undefined;
  }
}
