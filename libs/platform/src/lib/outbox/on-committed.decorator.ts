import type { EntityManager } from 'typeorm';
import type { QueueName } from '../queue/queues';
import type { Topic } from './topic';

export interface ConsumerContext {
  /** The consumer's transaction: its effect and its inbox row commit together. */
  manager: EntityManager;
  /** The outbox row's number in this database (not unique across databases). */
  outboxId: string;
  /** The outbox row's random id, unique across databases: an idempotency key for external effects. */
  messageId: string;
  requestId: string | null;
  /** 1 on the first delivery. */
  attempt: number;
  /** The job's last attempt: a consumer may record a permanent failure instead of throwing. */
  maxAttempts: number;
}

export type ConsumerHandler<Payload> = (payload: Payload, context: ConsumerContext) => Promise<void>;

export interface ConsumerDeclaration {
  topic: string;
  /** Unique and stable: the inbox remembers effects by this name. */
  consumer: string;
  queue: QueueName;
}

export const ON_COMMITTED = Symbol('puente:on-committed');

/**
 * "When `topic` is committed, do this": marks a provider method as a consumer. Its effect runs
 * exactly once per outbox row, in a transaction shared with the inbox record.
 */
export function OnCommitted<Payload>(topic: Topic<Payload>, options: { consumer: string; queue?: QueueName }) {
  return (target: object, propertyKey: string | symbol, _descriptor: TypedPropertyDescriptor<ConsumerHandler<Payload>>) => {
    const declaration: ConsumerDeclaration = { topic: topic.name, consumer: options.consumer, queue: options.queue ?? 'events' };
    Reflect.defineMetadata(ON_COMMITTED, declaration, target, propertyKey);
  };
}
