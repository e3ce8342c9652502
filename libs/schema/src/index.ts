import { catalogMigrations } from '@puente/catalog';
import { identityMigrations } from '@puente/identity';
import { moderationMigrations } from '@puente/moderation';
import { notificationsMigrations } from '@puente/notifications';
import { platformMigrations, type MigrationClass } from '@puente/platform';
import { searchMigrations } from '@puente/search';
import { sourcingMigrations } from '@puente/sourcing';
import { suppliersMigrations } from '@puente/suppliers';
import { retiredMigrations } from './lib/retired';

const timestampOf = (migration: MigrationClass): number => Number(/(\d{13})$/.exec(new migration().name ?? '')?.[1] ?? 0);

/**
 * Every migration of every context, in the order they run: by the timestamp in their names, as
 * TypeORM applies them. The one list `db:migrate` applies and readiness compares against; a context
 * adds its list here. Retired contexts keep their migrations so existing histories stay valid.
 */
export const ALL_MIGRATIONS: MigrationClass[] = [
  ...platformMigrations,
  ...retiredMigrations,
  ...identityMigrations,
  ...notificationsMigrations,
  ...catalogMigrations,
  ...suppliersMigrations,
  ...searchMigrations,
  ...moderationMigrations,
  ...sourcingMigrations,
].sort((a, b) => timestampOf(a) - timestampOf(b));
