import { catalogMigrations } from '@puente/catalog';
import { demoPingMigrations } from '@puente/demo-ping';
import { identityMigrations } from '@puente/identity';
import { notificationsMigrations } from '@puente/notifications';
import { platformMigrations, type MigrationClass } from '@puente/platform';

/**
 * Every migration of every context, in the order they run. The one list `db:migrate` applies and
 * readiness compares against; a context adds its list here.
 */
export const ALL_MIGRATIONS: MigrationClass[] = [...platformMigrations, ...demoPingMigrations, ...identityMigrations, ...notificationsMigrations, ...catalogMigrations];
