import type { DataSourceOptions } from 'typeorm';
import type { MigrationClass } from './pending-migrations';

export interface DatabaseOptions {
  url: string;
  applicationName: string;
  poolSize?: number;
  /** How long to wait for a new connection (default 5000 ms). The API waits less, so requests fail fast in an outage. */
  connectionTimeoutMs?: number;
  migrations?: MigrationClass[];
  /** Only for programs without Nest's autoLoadEntities (commands). */
  entities?: Array<new () => unknown>;
}

/** The one description of how Puente talks to PostgreSQL. Schema changes come only from migrations. */
export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    applicationName: options.applicationName,
    synchronize: false,
    migrationsRun: false,
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    migrationsTableName: 'schema_migrations',
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000 },
  };
}
