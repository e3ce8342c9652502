import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateModeration1764600000000 implements MigrationInterface {
  name = 'CreateModeration1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign key to the subject: subjects live in other contexts' tables, one per kind.
    await queryRunner.query(`
      CREATE TABLE review_items (
        id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        kind                text        NOT NULL CHECK (kind IN ('supplier_profile', 'listing_claim', 'rfq', 'report')),
        subject_id          uuid        NOT NULL,
        organization_id     uuid        NOT NULL REFERENCES organizations (id),
        state               text        NOT NULL CHECK (state IN ('open', 'approved', 'rejected', 'changes_requested')),
        assignee_user_id    uuid        REFERENCES users (id) ON DELETE SET NULL,
        reason_code         text        CHECK (length(reason_code) BETWEEN 1 AND 100),
        note                text        CHECK (length(note) <= 2000),
        decided_by_user_id  uuid        REFERENCES users (id) ON DELETE SET NULL,
        decided_at          timestamptz,
        created_at          timestamptz NOT NULL,
        updated_at          timestamptz NOT NULL,
        -- A decided item says when; an open one has no decision yet.
        CHECK ((state = 'open') = (decided_at IS NULL)),
        -- Rejections and requests for changes always say why.
        CHECK (state NOT IN ('rejected', 'changes_requested') OR reason_code IS NOT NULL)
      )`);
    // At most one open item per subject: a resubmission after a decision opens a new item, so every
    // decision stays on record; submitting again while one is open finds it (ReviewQueue.open).
    await queryRunner.query(`CREATE UNIQUE INDEX review_items_one_open ON review_items (kind, subject_id) WHERE state = 'open'`);
    // The queue: oldest first, filtered by state and kind, or by assignee.
    await queryRunner.query('CREATE INDEX review_items_queue ON review_items (state, kind, created_at, id)');
    await queryRunner.query('CREATE INDEX review_items_oldest ON review_items (created_at, id)');
    await queryRunner.query('CREATE INDEX review_items_assignee ON review_items (assignee_user_id, state, created_at, id) WHERE assignee_user_id IS NOT NULL');
    await queryRunner.query('CREATE INDEX review_items_subject ON review_items (kind, subject_id, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE review_items');
  }
}
