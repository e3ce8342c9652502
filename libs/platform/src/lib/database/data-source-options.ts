import type { DataSourceOptions } from 'typeorm';

export interface DatabaseOptions {
  url: string;
  applicationName: string;
  poolSize?: number;
}

/** The one description of how Puente talks to PostgreSQL. Schema changes come only from migrations. */
export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    applicationName: options.applicationName,
    synchronize: false,
    migrationsRun: false,
    entities: [],
    migrations: [],
    migrationsTableName: 'schema_migrations',
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 },
  };
}
