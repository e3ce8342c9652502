import { TEST_PASSWORD_HASHING, type MembershipRole, type OrganizationKind } from '@puente/identity';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { defineFactory } from '../factory';

export interface OrganizationFixture {
  id: string;
  kind: OrganizationKind;
  name: string;
}

export interface UserFixture {
  userId: string;
  organizationId: string;
  email: string;
  password: string;
  role: MembershipRole;
}

const organizationDefaults = defineFactory((n) => ({
  kind: 'buyer' as OrganizationKind,
  name: `Test Organization ${n}`,
  country: 'US',
  language: 'en' as 'en' | 'es',
  timeZone: 'America/Chicago',
}));

const userDefaults = defineFactory((n) => ({
  name: `Test User ${n}`,
  email: `user-${n}-${randomBytes(4).toString('hex')}@test.puente.example`,
  password: `correct horse battery ${n}`,
  role: 'owner' as MembershipRole,
  verified: true,
  language: 'en' as 'en' | 'es',
}));

/**
 * Rows written straight to the database, for tests that need actors and targets quickly.
 * The flows that create them (sign-up, invitations) have their own end-to-end tests.
 */
export function identityFactory(dataSource: DataSource) {
  const passwordHashes = new Map<string, string>();

  async function hash(password: string): Promise<string> {
    const known = passwordHashes.get(password);
    if (known) return known;
    const hashed = await argon2.hash(password, { type: argon2.argon2id, ...TEST_PASSWORD_HASHING });
    passwordHashes.set(password, hashed);
    return hashed;
  }

  async function organization(overrides: Partial<ReturnType<typeof organizationDefaults>> = {}): Promise<OrganizationFixture> {
    const values = organizationDefaults(overrides);
    const [row] = await dataSource.query(
      `INSERT INTO organizations (kind, name, country, language, time_zone, created_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
      [values.kind, values.name, values.country, values.language, values.timeZone],
    );
    return { id: row.id, kind: values.kind, name: values.name };
  }

  async function user(organizationId: string, overrides: Partial<ReturnType<typeof userDefaults>> = {}): Promise<UserFixture> {
    const values = userDefaults(overrides);
    const [row] = await dataSource.query(
      `INSERT INTO users (email, name, password_hash, language, time_zone, email_verified_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'America/Chicago', $5, now(), now()) RETURNING id`,
      [values.email, values.name, await hash(values.password), values.language, values.verified ? new Date() : null],
    );
    await dataSource.query(`INSERT INTO memberships (user_id, organization_id, role, created_at) VALUES ($1, $2, $3, now())`, [
      row.id,
      organizationId,
      values.role,
    ]);
    return { userId: row.id, organizationId, email: values.email, password: values.password, role: values.role };
  }

  /** The one platform organization, created on first use. */
  async function platformOrganization(): Promise<OrganizationFixture> {
    const [existing] = await dataSource.query(`SELECT id, name FROM organizations WHERE kind = 'platform'`);
    if (existing) return { id: existing.id, kind: 'platform', name: existing.name };
    return organization({ kind: 'platform', name: 'Puente' });
  }

  return { organization, user, platformOrganization };
}
