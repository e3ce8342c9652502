// Bundles a test-only program (a worker with a probe consumer, a worker missing a handler) the way
// the apps are bundled, into tmp/test-build/: used by the Jest setup and by benchmarks, never by dist/.
const { build } = require('esbuild');
const { resolve } = require('node:path');
const { decoratorMetadataPlugin } = require('./decorator-metadata.plugin.cjs');

const WORKSPACE = resolve(__dirname, '../..');

/** Test programs by name → entry file; built to `tmp/test-build/<name>.cjs`. */
const TEST_PROGRAMS = {
  workerWithoutConsumers: 'apps/worker/test/fixtures/worker-without-consumers.ts',
  workerWithProbe: 'apps/worker/test/support/probe-worker.ts',
};

function testProgramPath(name) {
  return `tmp/test-build/${name}.cjs`;
}

async function buildTestProgram(name) {
  await build({
    entryPoints: [resolve(WORKSPACE, TEST_PROGRAMS[name])],
    outfile: resolve(WORKSPACE, testProgramPath(name)),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    tsconfig: resolve(WORKSPACE, 'tsconfig.base.json'),
    plugins: [decoratorMetadataPlugin],
    logLevel: 'error',
  });
  return testProgramPath(name);
}

module.exports = { TEST_PROGRAMS, testProgramPath, buildTestProgram };
