// The directory's seed: both public registries' files imported as unclaimed listings through the built
// `directory:import` command (as an operator would run it). A second demo run finds them all unchanged.
import { spawnSync } from 'node:child_process';

const FILES = [
  'libs/suppliers/data/directory/mx_retc_manufacturing_establishments_2013_2022.csv',
  'libs/suppliers/data/directory/mx_denue_manufacturing_istmo_oax_ver.csv',
];

/** Runs the import of each file; answers false when one fails (its output says why). */
export function importDirectory({ workspace, env }) {
  const started = Date.now();
  for (const file of FILES) {
    const result = spawnSync(process.execPath, ['dist/apps/api/directory-import.cjs', file], { cwd: workspace, stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  console.log(`  both registries imported in ${((Date.now() - started) / 1000).toFixed(1)} s (npm run directory:import -- <file.csv>)`);
  return true;
}
