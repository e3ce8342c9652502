// The Meilisearch engine: what the rest of the search context needs to choose and build it.
export { MeilisearchEngine, DEFAULT_MEILISEARCH_OPTIONS, type MeilisearchEngineOptions, type SettingsOutcome } from './meilisearch.engine';
export {
  createMeilisearchEngine,
  meilisearchConnectionFrom,
  meilisearchEngineProvider,
  type MeilisearchConnection,
} from './meilisearch-engine.provider';
