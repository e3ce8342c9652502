import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gives every outbox row a random `message_id`, the identity its job and inbox records use. The
 * bigint `id` comes from this database's own sequence: a new or restored database pointed at the
 * same Redis starts again at 1 and met the jobs of an earlier database (`outbox-1` already
 * completed, so BullMQ took the add for a duplicate and the effect never happened).
 */
export class OutboxMessageIds1764500000100 implements MigrationInterface {
  name = 'OutboxMessageIds1764500000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // gen_random_uuid() is built in since PostgreSQL 13: no extension needed.
    await queryRunner.query('ALTER TABLE outbox_messages ADD COLUMN message_id uuid NOT NULL DEFAULT gen_random_uuid()');
    await queryRunner.query('ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_message_id_key UNIQUE (message_id)');

    // The inbox remembers effects by message id; existing records take their row's new id. A
    // record whose outbox row was already pruned gets an id of its own: nothing can deliver that
    // row again, and the record is kept until pruned like any other.
    await queryRunner.query('ALTER TABLE processed_messages ADD COLUMN message_id uuid');
    await queryRunner.query(`
      UPDATE processed_messages p SET message_id = o.message_id
      FROM outbox_messages o WHERE o.id = p.outbox_id`);
    await queryRunner.query('UPDATE processed_messages SET message_id = gen_random_uuid() WHERE message_id IS NULL');
    await queryRunner.query('ALTER TABLE processed_messages ALTER COLUMN message_id SET NOT NULL');
    await queryRunner.query('ALTER TABLE processed_messages DROP CONSTRAINT processed_messages_pkey');
    await queryRunner.query('ALTER TABLE processed_messages ADD PRIMARY KEY (consumer, message_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE processed_messages DROP CONSTRAINT processed_messages_pkey');
    await queryRunner.query('ALTER TABLE processed_messages DROP COLUMN message_id');
    await queryRunner.query('ALTER TABLE processed_messages ADD PRIMARY KEY (consumer, outbox_id)');
    await queryRunner.query('ALTER TABLE outbox_messages DROP COLUMN message_id');
  }
}
