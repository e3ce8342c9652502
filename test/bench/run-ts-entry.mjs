// Bundles a TypeScript bench entry with esbuild (the catalog is TypeScript, imported through the
// workspace path aliases) and runs it in this process; `loadTypeScriptModule` answers its exports too.
import { build } from 'esbuild';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WORKSPACE } from '../../tools/ensure-installed.mjs';

export async function loadTypeScriptModule(entry) {
  const outfile = join(WORKSPACE, 'tmp/bench', basename(entry).replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [join(WORKSPACE, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    tsconfig: join(WORKSPACE, 'tsconfig.base.json'),
    logLevel: 'error',
  });
  // The catalog finds its data files through CATALOG_DATA_DIR once bundled.
  process.env.CATALOG_DATA_DIR = join(WORKSPACE, 'libs/catalog/data');
  return import(pathToFileURL(outfile).href);
}

export async function runTypeScriptEntry(entry) {
  await loadTypeScriptModule(entry);
}
