// The search context: one seam over the index engines (PostgreSQL built in, Meilisearch optional), query
// understanding and the transparent ranking shared by both, index sync through the outbox.
import type { MigrationClass } from '@puente/platform';

export * from './lib/search-document';
export * from './lib/search-engine';
export * from './lib/ranking/ranking-types';
export * from './lib/meilisearch/index';

/** Listed in `@puente/schema`'s ALL_MIGRATIONS. */
export const searchMigrations: MigrationClass[] = [];
