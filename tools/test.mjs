// `npm test`: install when missing, then typecheck, lint, build, check the web app's generated API
// client, and every test against the real PostgreSQL and Redis (and, for the web app, Chromium), all inside one time limit so that a hang fails the run instead of eating CI.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureInstalled, WORKSPACE } from './ensure-installed.mjs';
import { killCurrent, run } from './run.mjs';

const resultsFile = join(WORKSPACE, 'tmp', 'jest-results.json');
mkdirSync(dirname(resultsFile), { recursive: true });
rmSync(resultsFile, { force: true });
const limitSeconds = Number(process.env.TEST_TIME_LIMIT_SECONDS ?? 900);
const started = Date.now();

ensureInstalled();

const timer = setTimeout(() => {
  console.error(`\nnpm test: time limit of ${limitSeconds}s reached; stopping. A hang is a failure.`);
  killCurrent();
  process.exit(124);
}, limitSeconds * 1000);

const steps = [
  ['typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=stream']],
  ['lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--output-style=stream']],
  ['build', 'npx', ['nx', 'run-many', '-t', 'build', '--output-style=stream']],
  ['api client is current', 'node', ['tools/generate-api-client.mjs', '--check']],
  ['tests', 'npx', ['jest', '--ci', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)], { env: { ...process.env, PUENTE_TEST_SKIP_BUILD: '1' } }],
];

/** One plain closing line a reader can trust: what the tests counted, not what we expected. */
function printTestCounts() {
  if (!existsSync(resultsFile)) return;
  // Said plainly so nobody reads the Meilisearch engine as tested here (see README, Meilisearch).
  console.log('\nnot run: the Meilisearch contract suite (npm run test:meili needs a Meilisearch server; none here)');
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(resultsFile, 'utf8'));
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
}

for (const [name, command, args, options] of steps) {
  console.log(`\n=== ${name} ===`);
  const code = await run(command, args, options);
  if (code !== 0) {
    clearTimeout(timer);
    console.error(`\nnpm test: ${name} failed (exit ${code}).`);
    if (name === 'tests') printTestCounts();
    process.exit(code);
  }
}
clearTimeout(timer);
console.log(`\nnpm test: typecheck, lint, build and tests passed in ${Math.round((Date.now() - started) / 1000)}s.`);
printTestCounts();
