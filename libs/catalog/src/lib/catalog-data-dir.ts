import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the reference data files are: `CATALOG_DATA_DIR` when set, else `catalog-data/` beside a
 * bundled app (the build copies it there), else the library's own `data/` folder (tests, tools).
 */
export function catalogDataDir(folder: string): string {
  const candidates = [
    process.env.CATALOG_DATA_DIR,
    join(__dirname, 'catalog-data'),
    join(__dirname, '../../data'),
  ].filter((candidate): candidate is string => Boolean(candidate));
  const root = candidates.find((candidate) => existsSync(join(candidate, folder))) ?? join(__dirname, '../../data');
  return join(root, folder);
}
