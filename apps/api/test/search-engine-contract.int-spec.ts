import { dataSourceOptions } from '@puente/platform';
import { suiteDatabase, type SuiteDatabase } from '@puente/testing';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from '@puente/search';
import { engineContract } from '@puente/search/testing';

// The one contract suite, on PostgreSQL: a migrated database of its own, the index emptied before each test.
engineContract('postgres', async () => {
  const database: SuiteDatabase = await suiteDatabase();
  const dataSource = await new DataSource(dataSourceOptions({ url: database.url, applicationName: 'search-contract', entities: [] })).initialize();
  return {
    engine: new PostgresSearchEngine(dataSource),
    reset: async () => {
      await dataSource.query('TRUNCATE search_documents, search_postings, search_terms');
    },
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
});
