import { build } from 'esbuild';
import { resolve } from 'node:path';

const WORKSPACE = resolve(__dirname, '../../../../..');

/** Test-only programs (e.g. a worker missing a handler), bundled like the apps into tmp/, never into dist/. */
export const TEST_ENTRIES = {
  workerWithoutConsumers: 'apps/worker/test/fixtures/worker-without-consumers.ts',
} as const;

export function builtTestEntry(name: keyof typeof TEST_ENTRIES): string {
  return `tmp/test-build/${name}.cjs`;
}

export async function buildTestEntries(): Promise<void> {
  const { decoratorMetadataPlugin } = require(resolve(WORKSPACE, 'tools/esbuild/decorator-metadata.plugin.cjs'));
  await Promise.all(
    Object.entries(TEST_ENTRIES).map(([name, entry]) =>
      build({
        entryPoints: [resolve(WORKSPACE, entry)],
        outfile: resolve(WORKSPACE, builtTestEntry(name as keyof typeof TEST_ENTRIES)),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        packages: 'external',
        tsconfig: resolve(WORKSPACE, 'tsconfig.base.json'),
        plugins: [decoratorMetadataPlugin],
        logLevel: 'error',
      }),
    ),
  );
}
