import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createMeilisearchEngine, type MeilisearchConnection } from './meilisearch/meilisearch-engine.provider';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import { NoRankingSignals, RankingSignalsSource } from './ranking/ranking-signals-source';
import { SearchEngine } from './search-engine';
import { MatchingService } from './service/matching.service';
import { SearchService } from './service/search.service';
import { SearchVisibility } from './service/search-visibility';

export interface SearchModuleOptions {
  /** Meilisearch's URL and key (`meilisearchConnectionFrom(config)`); absent: the built-in PostgreSQL engine. */
  meili?: MeilisearchConnection | null;
  /** Where the Meilisearch engine says a reindex is needed (its settings fingerprint changed). */
  warn?: (message: string) => void;
  /** Another context's signals for the ranking (sourcing's response statistics); absent: none. */
  signals?: Type<RankingSignalsSource>;
}

/** Chooses the engine once per process: PostgreSQL by default, Meilisearch when its URL is configured. */
export async function searchEngineFor(options: SearchModuleOptions, dataSource: DataSource): Promise<SearchEngine> {
  if (options.meili) return createMeilisearchEngine(options.meili, {}, options.warn);
  return new PostgresSearchEngine(dataSource);
}

const engineProvider = (options: SearchModuleOptions) => ({
  provide: SearchEngine,
  inject: [DataSource],
  useFactory: (dataSource: DataSource) => searchEngineFor(options, dataSource),
});

/** The API's search: the engine, the search and matching services. */
@Module({})
export class SearchModule {
  static forRoot(options: SearchModuleOptions = {}): DynamicModule {
    return {
      module: SearchModule,
      providers: [engineProvider(options), { provide: RankingSignalsSource, useClass: options.signals ?? NoRankingSignals }, SearchVisibility, SearchService, MatchingService],
      exports: [SearchEngine, SearchService, MatchingService],
    };
  }
}
