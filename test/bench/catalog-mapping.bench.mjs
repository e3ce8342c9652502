// npm run bench -- catalog-mapping
// Bundles catalog-mapping.entry.ts with esbuild (the catalog is TypeScript) and runs it.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WORKSPACE } from '../../tools/ensure-installed.mjs';

const outfile = join(WORKSPACE, 'tmp/bench/catalog-mapping.cjs');
await build({
  entryPoints: [join(WORKSPACE, 'test/bench/catalog-mapping.entry.ts')],
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
await import(pathToFileURL(outfile).href);
