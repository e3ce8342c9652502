import { Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchEngine } from '../search-engine';
import { searchEngineFor, type SearchModuleOptions } from '../search.module';
import { SearchIndexConsumer } from './search-index.consumer';

/** The worker's side of search: the index sync consumer and the engine it writes to. */
@Module({})
export class SearchWorkerModule {
  static forRoot(options: SearchModuleOptions = {}): DynamicModule {
    return {
      module: SearchWorkerModule,
      providers: [{ provide: SearchEngine, inject: [DataSource], useFactory: (dataSource: DataSource) => searchEngineFor(options, dataSource) }, SearchIndexConsumer],
    };
  }
}
