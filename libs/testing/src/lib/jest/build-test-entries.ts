import { resolve } from 'node:path';

const WORKSPACE = resolve(__dirname, '../../../../..');

interface TestProgramBuilder {
  TEST_PROGRAMS: Record<TestEntry, string>;
  testProgramPath: (name: TestEntry) => string;
  buildTestProgram: (name: TestEntry) => Promise<string>;
}

/** Test-only programs (a worker with the probe consumer, one missing a handler), bundled into tmp/, never into dist/. */
export type TestEntry = 'workerWithoutConsumers' | 'workerWithProbe';

function builder(): TestProgramBuilder {
  return require(resolve(WORKSPACE, 'tools/esbuild/build-test-program.cjs')) as TestProgramBuilder;
}

export function builtTestEntry(name: TestEntry): string {
  return builder().testProgramPath(name);
}

export async function buildTestEntries(): Promise<void> {
  const { TEST_PROGRAMS, buildTestProgram } = builder();
  await Promise.all((Object.keys(TEST_PROGRAMS) as TestEntry[]).map((name) => buildTestProgram(name)));
}
