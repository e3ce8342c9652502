import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutbox1764100000000 implements MigrationInterface {
  name = 'CreateOutbox1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        id          bigserial PRIMARY KEY,
        topic       text        NOT NULL,
        payload     jsonb       NOT NULL,
        request_id  text,
        created_at  timestamptz NOT NULL,
        sent_at     timestamptz
      )`);
    await queryRunner.query('CREATE INDEX outbox_messages_unsent ON outbox_messages (id) WHERE sent_at IS NULL');
    await queryRunner.query('CREATE INDEX outbox_messages_sent_at ON outbox_messages (sent_at) WHERE sent_at IS NOT NULL');
    // NOTIFY is delivered on commit, so the relay wakes exactly when there is committed work.
    await queryRunner.query(`
      CREATE FUNCTION outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_messages', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_notify()`);
    await queryRunner.query(`
      CREATE TABLE processed_messages (
        consumer     text        NOT NULL,
        outbox_id    bigint      NOT NULL,
        processed_at timestamptz NOT NULL,
        PRIMARY KEY (consumer, outbox_id)
      )`);
    await queryRunner.query('CREATE INDEX processed_messages_processed_at ON processed_messages (processed_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE processed_messages');
    await queryRunner.query('DROP TRIGGER outbox_messages_notify ON outbox_messages');
    await queryRunner.query('DROP FUNCTION outbox_messages_notify()');
    await queryRunner.query('DROP TABLE outbox_messages');
  }
}
