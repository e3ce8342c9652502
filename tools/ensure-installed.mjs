// Installs dependencies when they are missing or older than the lock file. No imports from
// node_modules here: this runs before they exist.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKSPACE = join(dirname(fileURLToPath(import.meta.url)), '..');

export function ensureInstalled() {
  const marker = join(WORKSPACE, 'node_modules', '.package-lock.json');
  const lock = join(WORKSPACE, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  // On stderr: a command whose stdout is its output (directory:generate > plants.csv) must keep it clean.
  console.error('Installing dependencies (npm ci)...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: WORKSPACE, stdio: ['ignore', 2, 'inherit'] });
  if (result.status !== 0) {
    console.error('npm ci failed; see above.');
    process.exit(result.status ?? 1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureInstalled();
