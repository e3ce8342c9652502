// Serializes builds between commands started at the same moment (start:api beside start:worker):
// one builds, the other waits and then finds Nx's cache warm. The lock is a directory (mkdir is
// atomic) holding the owner's pid, so a lock left by a killed build is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WORKSPACE } from './ensure-installed.mjs';

const LOCK = join(WORKSPACE, '.puente', 'build.lock');

function ownerAlive() {
  try {
    process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

export async function withBuildLock(work) {
  mkdirSync(join(WORKSPACE, '.puente'), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (!ownerAlive()) {
        await sleep(200); // the owner may be between mkdir and writing its pid
        if (!ownerAlive()) rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (!announced) console.error('Another build is running; waiting for it...');
      announced = true;
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
