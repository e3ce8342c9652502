import { CreateCatalogReference1764400000000 } from './1764400000000-create-catalog-reference';
import { CreateCatalogReferencePlacesCodes1764410000000 } from './1764410000000-create-catalog-reference-places-codes';

export { syncReferenceData, referenceDataChanges, type ReferenceDataCounts } from './sync-reference-data';
export type { TableSyncCounts } from './sync-table';
export const catalogMigrations = [CreateCatalogReference1764400000000, CreateCatalogReferencePlacesCodes1764410000000];
