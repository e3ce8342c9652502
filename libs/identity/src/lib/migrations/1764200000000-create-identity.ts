import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1764200000000 implements MigrationInterface {
  name = 'CreateIdentity1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organizations (
        id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        kind          text        NOT NULL CHECK (kind IN ('buyer', 'supplier', 'platform')),
        name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        country       char(2)     NOT NULL,
        language      text        NOT NULL CHECK (language IN ('en', 'es')),
        time_zone     text        NOT NULL,
        suspended_at  timestamptz,
        created_at    timestamptz NOT NULL
      )`);
    // Admins all belong to one platform organization.
    await queryRunner.query(`CREATE UNIQUE INDEX organizations_one_platform ON organizations (kind) WHERE kind = 'platform'`);

    await queryRunner.query(`
      CREATE TABLE users (
        id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        email              text        NOT NULL,
        name               text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        password_hash      text        NOT NULL,
        language           text        NOT NULL CHECK (language IN ('en', 'es')),
        time_zone          text        NOT NULL,
        email_verified_at  timestamptz,
        suspended_at       timestamptz,
        created_at         timestamptz NOT NULL,
        updated_at         timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX users_email_unique ON users (lower(email))');

    // One organization per user: the user id is the key.
    await queryRunner.query(`
      CREATE TABLE memberships (
        user_id          uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        organization_id  uuid        NOT NULL REFERENCES organizations (id),
        role             text        NOT NULL CHECK (role IN ('owner', 'member')),
        created_at       timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX memberships_organization ON memberships (organization_id)');

    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id    uuid        NOT NULL,
        user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash   text        NOT NULL UNIQUE,
        created_at   timestamptz NOT NULL,
        expires_at   timestamptz NOT NULL,
        rotated_at   timestamptz,
        revoked_at   timestamptz,
        ip           text,
        user_agent   text
      )`);
    await queryRunner.query('CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)');
    await queryRunner.query('CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id) WHERE revoked_at IS NULL');

    // E-mail verification and password reset. The token itself is never stored: it is an HMAC of the row id.
    await queryRunner.query(`
      CREATE TABLE user_tokens (
        id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose     text        NOT NULL CHECK (purpose IN ('email_verification', 'password_reset')),
        user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at  timestamptz NOT NULL,
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz
      )`);
    await queryRunner.query('CREATE INDEX user_tokens_user ON user_tokens (user_id, purpose)');

    await queryRunner.query(`
      CREATE TABLE invitations (
        id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id  uuid        NOT NULL REFERENCES organizations (id),
        email            text        NOT NULL,
        role             text        NOT NULL CHECK (role IN ('owner', 'member')),
        invited_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
        created_at       timestamptz NOT NULL,
        expires_at       timestamptz NOT NULL,
        accepted_at      timestamptz,
        revoked_at       timestamptz
      )`);
    await queryRunner.query('CREATE INDEX invitations_organization ON invitations (organization_id)');

    await queryRunner.query(`
      CREATE TABLE audit_events (
        id                     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at            timestamptz NOT NULL,
        action                 text        NOT NULL,
        actor_user_id          uuid,
        actor_organization_id  uuid,
        organization_id        uuid,
        target_type            text,
        target_id              text,
        before                 jsonb,
        after                  jsonb,
        request_id             text,
        ip                     text
      )`);
    await queryRunner.query('CREATE INDEX audit_events_occurred ON audit_events (occurred_at DESC, id DESC)');
    await queryRunner.query('CREATE INDEX audit_events_organization ON audit_events (organization_id, occurred_at DESC)');
    await queryRunner.query('CREATE INDEX audit_events_action ON audit_events (action, occurred_at DESC)');
    // Append-only, enforced by the database and not only by the code.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_events');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
    await queryRunner.query('DROP TABLE invitations');
    await queryRunner.query('DROP TABLE user_tokens');
    await queryRunner.query('DROP TABLE refresh_tokens');
    await queryRunner.query('DROP TABLE memberships');
    await queryRunner.query('DROP TABLE users');
    await queryRunner.query('DROP TABLE organizations');
  }
}
