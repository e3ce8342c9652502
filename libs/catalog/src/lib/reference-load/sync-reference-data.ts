import type { DataSource, EntityManager } from 'typeorm';
import { loadLandPorts } from '../geography/land-ports.loader';
import { loadMxStates } from '../geography/mx-states.loader';
import { vocabulary } from '../vocabulary/load-vocabulary';

export interface ReferenceDataCounts {
  vocabulary: number;
  landPorts: number;
  mxStates: number;
}

/**
 * Makes the reference tables equal to the committed data files, in one transaction: rows are
 * upserted and rows no longer in the files are deleted, so running it again changes nothing.
 * Called by `db:migrate` after the schema migrations.
 */
export async function syncReferenceData(dataSource: DataSource): Promise<ReferenceDataCounts> {
  return dataSource.transaction(async (manager) => {
    const entries = vocabulary();
    await replaceAll(manager, 'catalog_vocabulary', 'code', ['code', 'kind', 'parent', 'name_en', 'name_es', 'synonyms_en', 'synonyms_es', 'version'],
      entries.entries.map((entry) => [entry.code, entry.kind, entry.parent ?? null, entry.name.en, entry.name.es, entry.synonyms.en, entry.synonyms.es, entries.version]));
    const ports = loadLandPorts();
    await replaceAll(manager, 'catalog_land_ports', 'code', ['code', 'name', 'us_state', 'lat', 'lon', 'trucks_2021', 'crossings'],
      ports.map((port) => [port.code, port.name, port.usState, port.lat, port.lon, port.trucks2021, port.crossings]));
    const states = loadMxStates();
    await replaceAll(manager, 'catalog_mx_states', 'code', ['code', 'name', 'abbreviation', 'lat', 'lon'],
      states.map((state) => [state.code, state.name, state.abbreviation, state.centroid.lat, state.centroid.lon]));
    return { vocabulary: entries.entries.length, landPorts: ports.length, mxStates: states.length };
  });
}

async function replaceAll(manager: EntityManager, table: string, key: string, columns: string[], rows: unknown[][]): Promise<void> {
  const updates = columns.filter((column) => column !== key).map((column) => `${column} = EXCLUDED.${column}`).join(', ');
  for (const row of rows) {
    const placeholders = row.map((_, index) => `$${index + 1}`).join(', ');
    await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT (${key}) DO UPDATE SET ${updates}`, row);
  }
  const keys = rows.map((row) => row[columns.indexOf(key)]);
  await manager.query(`DELETE FROM ${table} WHERE NOT (${key} = ANY($1::text[]))`, [keys]);
}
