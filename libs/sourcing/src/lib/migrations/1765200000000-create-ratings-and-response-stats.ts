import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After an award the buyer rates the supplier: one rating per awarded quote (however many lines it won),
 * editable until `editable_until` (30 days), answered at most once, publicly, by the supplier. The database
 * enforces the one-per-quote rule and the scores' range, so a double submit cannot leave two ratings.
 *
 * `supplier_response_stats` is what the worker computes from the sourcing tables whenever a supplier's
 * activity changes (invited, quoted, declined, awarded, an RFQ closed): one row per supplier profile,
 * recomputed whole each time, so replaying an event changes nothing.
 */
export class CreateRatingsAndResponseStats1765200000000 implements MigrationInterface {
  name = 'CreateRatingsAndResponseStats1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE supplier_ratings (
        id                        uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id                    uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        quote_id                  uuid        NOT NULL REFERENCES quotes (id),
        supplier_id               uuid        NOT NULL REFERENCES supplier_profiles (id),
        supplier_organization_id  uuid        NOT NULL REFERENCES organizations (id),
        buyer_organization_id     uuid        NOT NULL REFERENCES organizations (id),
        quality                   smallint    NOT NULL CHECK (quality BETWEEN 1 AND 5),
        communication             smallint    NOT NULL CHECK (communication BETWEEN 1 AND 5),
        on_time                   smallint    NOT NULL CHECK (on_time BETWEEN 1 AND 5),
        comment                   text        CHECK (char_length(comment) <= 2000),
        rated_by                  uuid        NOT NULL REFERENCES users (id),
        created_at                timestamptz NOT NULL,
        updated_at                timestamptz NOT NULL,
        editable_until            timestamptz NOT NULL,
        reply                     text        CHECK (char_length(reply) <= 2000),
        replied_by                uuid        REFERENCES users (id),
        replied_at                timestamptz,
        CONSTRAINT supplier_ratings_one_per_awarded_quote UNIQUE (quote_id),
        CONSTRAINT supplier_ratings_reply_whole CHECK ((reply IS NULL) = (replied_at IS NULL) AND (reply IS NULL) = (replied_by IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX supplier_ratings_supplier ON supplier_ratings (supplier_id, created_at DESC, id DESC)');
    await queryRunner.query('CREATE INDEX supplier_ratings_rfq ON supplier_ratings (rfq_id)');

    await queryRunner.query(`
      CREATE TABLE supplier_response_stats (
        supplier_id               uuid        PRIMARY KEY REFERENCES supplier_profiles (id) ON DELETE CASCADE,
        invitations_due           integer     NOT NULL CHECK (invitations_due >= 0),
        invitations_answered      integer     NOT NULL CHECK (invitations_answered >= 0),
        quotes_submitted          integer     NOT NULL CHECK (quotes_submitted >= 0),
        median_minutes_to_quote   integer     CHECK (median_minutes_to_quote >= 0),
        quotes_decided            integer     NOT NULL CHECK (quotes_decided >= 0),
        quotes_awarded            integer     NOT NULL CHECK (quotes_awarded >= 0),
        computed_at               timestamptz NOT NULL,
        CONSTRAINT supplier_response_stats_answered_le_due CHECK (invitations_answered <= invitations_due),
        CONSTRAINT supplier_response_stats_awarded_le_decided CHECK (quotes_awarded <= quotes_decided)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE supplier_response_stats');
    await queryRunner.query('DROP TABLE supplier_ratings');
  }
}
