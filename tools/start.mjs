// `npm run start:api` / `start:worker` / `db:migrate`: build what is missing (Nx cache, one build
// at a time), then run the built program production-style, replacing this process's role.
import { spawn, spawnSync } from 'node:child_process';
import { withBuildLock } from './build-lock.mjs';
import { ensureInstalled, WORKSPACE } from './ensure-installed.mjs';
import { toolEnv } from './tool-env.mjs';

const PROGRAMS = {
  api: 'dist/apps/api/main.cjs',
  worker: 'dist/apps/worker/main.cjs',
  migrate: 'dist/apps/api/migrate.cjs',
  'admin-create': 'dist/apps/api/admin-create.cjs',
  'directory-generate': 'dist/apps/api/directory-generate.cjs',
  'directory-import': 'dist/apps/api/directory-import.cjs',
  'search-reindex': 'dist/apps/api/search-reindex.cjs',
  'fx-import': 'dist/apps/api/fx-import.cjs',
};

const program = PROGRAMS[process.argv[2]];
if (!program) {
  console.error(`usage: node tools/start.mjs ${Object.keys(PROGRAMS).join('|')}`);
  process.exit(2);
}

ensureInstalled();
const built = await withBuildLock(
  () =>
    spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,worker,web', '--output-style=stream'], {
      cwd: WORKSPACE,
      // Build output goes to stderr: stdout belongs to the program (directory:generate writes its CSV there).
      stdio: ['ignore', 2, 'inherit'],
      env: toolEnv,
    }).status,
);
if (built !== 0) process.exit(built ?? 1);

const child = spawn(process.execPath, [program, ...process.argv.slice(3)], { cwd: WORKSPACE, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
