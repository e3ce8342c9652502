import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentRequestId } from '../logging/request-context';
import { Clock } from '../time/clock';
import type { Topic } from './topic';

/**
 * Records "this change happened" in the same transaction as the change itself. The relay in the
 * worker turns the row into a job after commit; a rollback leaves neither change nor row.
 */
@Injectable()
export class OutboxPublisher {
  constructor(private readonly clock: Clock) {}

  async publish<Payload>(manager: EntityManager, topic: Topic<Payload>, payload: Payload): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`publish(${topic.name}) must run inside the transaction of the change it announces`);
    }
    const rows: Array<{ id: string }> = await manager.query(
      'INSERT INTO outbox_messages (topic, payload, request_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
      [topic.name, JSON.stringify(payload), currentRequestId(), this.clock.now()],
    );
    return rows[0].id;
  }
}
