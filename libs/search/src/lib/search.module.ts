import { Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import { SearchEngine } from './search-engine';
import { MatchingService } from './service/matching.service';
import { SearchService } from './service/search.service';
import { SearchVisibility } from './service/search-visibility';

export interface SearchModuleOptions {
  /** Meilisearch's URL (MEILI_URL); absent: the built-in PostgreSQL engine. */
  meiliUrl?: string | null;
}

/** Chooses the engine once per process: PostgreSQL by default, Meilisearch when its URL is configured. */
export function searchEngineFor(options: SearchModuleOptions, dataSource: DataSource): SearchEngine {
  if (options.meiliUrl) {
    // Branch point for the Meilisearch adapter (libs/search/src/lib/meilisearch, the `meili` work).
    throw new Error('MEILI_URL is set but this build has no Meilisearch adapter');
  }
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
      providers: [engineProvider(options), SearchVisibility, SearchService, MatchingService],
      exports: [SearchEngine, SearchService, MatchingService],
    };
  }
}
