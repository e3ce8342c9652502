import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls until `probe` returns a value that is not undefined/false. Bounded by `timeoutMs` so a test
 * never hangs; the bound is a safety net, not a speed assertion.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
