// Bundled by comparison.bench.mjs (esbuild, the workspace aliases): the test factories of @puente/testing
// for the accounts the bench needs (25 supplier organizations via the API would be sign-ups, profile
// edits, publications and moderation: minutes), and the worker's own `recomputeResponseStats`, called as
// its consumer calls it, inside a transaction.
import { identityFactory, insertDirectoryListing, type SqlRunner } from '@puente/testing';
import { recomputeResponseStats } from '@puente/sourcing';
import type { DataSource, EntityManager } from 'typeorm';

/** Plants across Mexico, so routes, crossings and freight differ between suppliers. */
const PLANTS = [
  { state: 'Nuevo León', municipality: 'Apodaca' },
  { state: 'Guanajuato', municipality: 'Irapuato' },
  { state: 'Querétaro', municipality: 'Querétaro' },
  { state: 'Jalisco', municipality: 'Guadalajara' },
  { state: 'Coahuila de Zaragoza', municipality: 'Saltillo' },
  { state: 'Chihuahua', municipality: 'Juárez' },
  { state: 'Aguascalientes', municipality: 'Aguascalientes' },
  { state: 'Sonora', municipality: 'Hermosillo' },
  { state: 'Baja California', municipality: 'Tijuana' },
  { state: 'San Luis Potosí', municipality: 'San Luis Potosí' },
];

export interface Account {
  organizationId: string;
  email: string;
  password: string;
}

export interface SupplierAccount extends Account {
  supplierId: string;
  plantId: string;
  plantName: string;
  municipality: string;
}

export function accounts(db: SqlRunner) {
  const factory = identityFactory(db as unknown as DataSource);
  return {
    async buyer(): Promise<Account> {
      const organization = await factory.organization({ kind: 'buyer', name: 'Comparison bench buyer', country: 'US', language: 'en' });
      const user = await factory.user(organization.id, { language: 'en' });
      return { organizationId: organization.id, email: user.email, password: user.password };
    },
    async admin(): Promise<Account> {
      const platform = await factory.platformOrganization();
      const user = await factory.user(platform.id);
      return { organizationId: platform.id, email: user.email, password: user.password };
    },
    /** A supplier organization with one verified owner that owns a published profile with one plant, as an approved claim leaves it. */
    async supplier(n: number, { withUser = true } = {}): Promise<SupplierAccount> {
      const organization = await factory.organization({ kind: 'supplier', name: `Proveedor de banco ${n}`, country: 'MX', language: 'es' });
      const user = withUser ? await factory.user(organization.id, { language: 'es' }) : null;
      const plant = PLANTS[n % PLANTS.length];
      const listing = await insertDirectoryListing(db, {
        legalName: `Manufacturas Banco ${n} SA de CV`,
        tradeName: `Planta Banco ${n}`,
        ...plant,
        processes: ['proc.machining.cnc-machining'],
        materials: ['mat.aluminum'],
      });
      await db.query(`UPDATE supplier_profiles SET organization_id = $1, origin = 'owner' WHERE id = $2`, [organization.id, listing.supplierId]);
      await db.query(`UPDATE supplier_plants SET organization_id = $1 WHERE profile_id = $2`, [organization.id, listing.supplierId]);
      return {
        organizationId: organization.id,
        email: user?.email ?? '',
        password: user?.password ?? '',
        supplierId: listing.supplierId,
        plantId: listing.plantId,
        plantName: `Planta Banco ${n}`,
        municipality: plant.municipality,
      };
    },
  };
}

/** The worker's recomputation, in one transaction on one connection as the consumer's inbox transaction runs it. */
export async function recomputeInTransaction(client: SqlRunner, supplierIds: string[], now: Date): Promise<void> {
  const manager = { query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows } as unknown as EntityManager;
  await client.query('BEGIN');
  try {
    await recomputeResponseStats(manager, supplierIds, now);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * The recomputation's plan (`BENCH_EXPLAIN=1`): the same calls, with the upsert run under EXPLAIN (ANALYZE,
 * BUFFERS), then rolled back. Answers the plan's lines.
 */
export async function explainRecompute(client: SqlRunner, supplierIds: string[], now: Date): Promise<string[]> {
  const plan: string[] = [];
  const manager = {
    query: async (sql: string, parameters?: unknown[]) => {
      if (!sql.includes('INSERT INTO supplier_response_stats')) return (await client.query(sql, parameters)).rows;
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
      plan.push(...rows.map((row: Record<string, string>) => row['QUERY PLAN']));
      return [];
    },
  } as unknown as EntityManager;
  await client.query('BEGIN');
  try {
    await recomputeResponseStats(manager, supplierIds, now);
  } finally {
    await client.query('ROLLBACK');
  }
  return plan;
}
