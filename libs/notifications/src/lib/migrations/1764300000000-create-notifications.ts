import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1764300000000 implements MigrationInterface {
  name = 'CreateNotifications1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // In-app notices keep their parameters, not rendered text: they are rendered when read, in the
    // reader's current language and time zone.
    await queryRunner.query(`
      CREATE TABLE notifications (
        id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id     bigint      NOT NULL,
        user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type         text        NOT NULL,
        params       jsonb       NOT NULL,
        created_at   timestamptz NOT NULL,
        read_at      timestamptz,
        digest       boolean     NOT NULL DEFAULT false,
        digested_at  timestamptz,
        CONSTRAINT notifications_once_per_event UNIQUE (event_id, user_id)
      )`);
    await queryRunner.query('CREATE INDEX notifications_inbox ON notifications (user_id, (read_at IS NULL) DESC, created_at DESC, id DESC)');
    await queryRunner.query('CREATE INDEX notifications_digest_due ON notifications (user_id) WHERE digest AND digested_at IS NULL AND read_at IS NULL');

    // One row per (event, recipient, channel): the idempotency key of an e-mail.
    await queryRunner.query(`
      CREATE TABLE notification_deliveries (
        id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id     bigint,
        recipient    text        NOT NULL,
        channel      text        NOT NULL CHECK (channel IN ('email', 'digest')),
        type         text        NOT NULL,
        user_id      uuid        REFERENCES users (id) ON DELETE SET NULL,
        email        text        NOT NULL,
        language     text        NOT NULL CHECK (language IN ('en', 'es')),
        time_zone    text        NOT NULL,
        params       jsonb       NOT NULL,
        status       text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts     integer     NOT NULL DEFAULT 0,
        last_error   text,
        created_at   timestamptz NOT NULL,
        sent_at      timestamptz,
        failed_at    timestamptz
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX notification_deliveries_once ON notification_deliveries (event_id, recipient, channel) WHERE event_id IS NOT NULL',
    );
    await queryRunner.query(`CREATE INDEX notification_deliveries_failed ON notification_deliveries (failed_at DESC) WHERE status = 'failed'`);

    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type        text        NOT NULL,
        delivery    text        NOT NULL CHECK (delivery IN ('in_app', 'email', 'digest')),
        updated_at  timestamptz NOT NULL,
        PRIMARY KEY (user_id, type)
      )`);

    // One digest per user and local day, whatever the number of workers.
    await queryRunner.query(`
      CREATE TABLE notification_digests (
        user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        local_date   date        NOT NULL,
        item_count   integer     NOT NULL,
        created_at   timestamptz NOT NULL,
        PRIMARY KEY (user_id, local_date)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_digests');
    await queryRunner.query('DROP TABLE notification_preferences');
    await queryRunner.query('DROP TABLE notification_deliveries');
    await queryRunner.query('DROP TABLE notifications');
  }
}
