// `npm run api-client`: regenerates the web app's typed API client from the OpenAPI document the
// API's code produces. `--check` regenerates into tmp/ and fails when the committed client differs,
// so a route change without a regenerated client cannot land.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { withBuildLock } from './build-lock.mjs';
import { ensureInstalled, WORKSPACE } from './ensure-installed.mjs';
import { toolEnv } from './tool-env.mjs';

ensureInstalled();
const check = process.argv.includes('--check');
const committed = join(WORKSPACE, 'apps/web/src/api/generated');
const output = check ? join(WORKSPACE, 'tmp/api-client-check') : committed;
const documentPath = join(WORKSPACE, 'tmp/openapi.json');

const built = await withBuildLock(
  () => spawnSync('npx', ['nx', 'build', 'api', '--output-style=stream'], { cwd: WORKSPACE, stdio: ['ignore', 'ignore', 'inherit'], env: toolEnv }).status,
);
if (built !== 0) process.exit(built ?? 1);
const exported = spawnSync(process.execPath, ['dist/apps/api/export-openapi.cjs', documentPath], { cwd: WORKSPACE, stdio: 'inherit' });
if (exported.status !== 0) process.exit(exported.status ?? 1);

rmSync(output, { recursive: true, force: true });
await createClient({
  input: documentPath,
  output: { path: output },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
  logs: { level: 'silent' },
});

if (check) {
  const files = (directory) => readdirSync(directory, { recursive: true }).filter((file) => String(file).endsWith('.ts')).sort();
  const stale = [...new Set([...files(committed), ...files(output)])].filter((file) => {
    try {
      return readFileSync(join(committed, file), 'utf8') !== readFileSync(join(output, file), 'utf8');
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`The web app's API client is stale (${stale.join(', ')}). Run: npm run api-client`);
    process.exit(1);
  }
  console.log('API client is up to date with the OpenAPI document.');
} else {
  console.log(`Generated the API client in ${output}`);
}
