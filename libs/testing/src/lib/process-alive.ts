/** True while a process with this pid runs: how leftovers of crashed test runs are told apart. */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
