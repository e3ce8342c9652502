import { spawn } from 'node:child_process';
import { WORKSPACE } from './ensure-installed.mjs';
import { toolEnv } from './tool-env.mjs';

/** Runs a command in its own process group, resolving with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: WORKSPACE, stdio: 'inherit', env: toolEnv, detached: true, ...options });
    run.current = child;
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

export function killCurrent(signal = 'SIGKILL') {
  const child = run.current;
  if (child && child.exitCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

// Children run in their own process group (so a time limit can kill a whole tree); pass Ctrl-C on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killCurrent(signal);
    process.exit(130);
  });
}
