import { CreateCatalogReference1764400000000 } from './1764400000000-create-catalog-reference';

export { syncReferenceData, type ReferenceDataCounts } from './sync-reference-data';
export const catalogMigrations = [CreateCatalogReference1764400000000];
