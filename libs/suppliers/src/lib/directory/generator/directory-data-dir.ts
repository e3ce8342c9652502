import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const RETC_FILE_NAME = 'mx_retc_manufacturing_establishments_2013_2022.csv';
export const DENUE_FILE_NAME = 'mx_denue_manufacturing_istmo_oax_ver.csv';

/**
 * Where the registry files are: `DIRECTORY_DATA_DIR` when set, else `directory-data/` beside a bundled
 * app (the API build copies them there), else the library's own `data/directory/` (tests, tools).
 */
export function directoryDataFile(name: string): string {
  const candidates = [process.env.DIRECTORY_DATA_DIR, join(__dirname, 'directory-data'), join(__dirname, '../../../../data/directory')];
  const found = candidates.find((dir): dir is string => Boolean(dir) && existsSync(join(dir as string, name)));
  return join(found ?? join(__dirname, '../../../../data/directory'), name);
}
