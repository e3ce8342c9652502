// The search context: one seam over the index engines (PostgreSQL built in, Meilisearch optional), query
// understanding and the transparent ranking shared by both, index sync through the outbox.
import type { MigrationClass } from '@puente/platform';
import { CreateSearchIndex1764800000000 } from './lib/postgres/migrations/1764800000000-create-search-index';

export * from './lib/search-document';
export * from './lib/search-engine';
export * from './lib/ranking/index';
export { PostgresSearchEngine, SearchRebuildBusy } from './lib/postgres/postgres-search-engine';
export { SearchModule, searchEngineFor, type SearchModuleOptions } from './lib/search.module';
export { SearchService, type SearchRequest } from './lib/service/search.service';
export { MatchingService, type MatchingRequest } from './lib/service/matching.service';
export {
  CANDIDATE_LIMIT,
  MATCHING_MAX_LIMIT,
  SEARCH_CURSOR_PATTERN,
  SEARCH_MAX_LIMIT,
  SEARCH_SORTS,
  type MatchingPageView,
  type SearchHitView,
  type SearchPageView,
  type SearchSort,
} from './lib/service/search-views';
export * from './lib/meilisearch/index';

/** Listed in `@puente/schema`'s ALL_MIGRATIONS. */
export const searchMigrations: MigrationClass[] = [CreateSearchIndex1764800000000];
export { SearchWorkerModule } from './lib/sync/search-worker.module';
export { buildSearchDocuments } from './lib/sync/search-document-builder';
export { syncSearchDocuments } from './lib/sync/search-index.consumer';
export { reindexAll, type ReindexProgress } from './lib/sync/reindex';
