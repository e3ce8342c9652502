import { Redis } from 'ioredis';
import { isProcessRunning } from './process-alive';

/** Deletes the keys under one test prefix, never anything else. */
export async function deleteRedisKeys(prefix: string, url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'): Promise<number> {
  if (!prefix.startsWith('ptest-')) throw new Error(`Refusing to delete keys outside a test prefix: ${prefix}`);
  const redis = new Redis(url);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}


/**
 * Deletes the keys of test runs that crashed: prefixes are `ptest-<pid>_...`, and a prefix whose pid
 * no longer runs will never be cleaned by its own run.
 */
export async function deleteLeftoverRedisKeys(url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'): Promise<number> {
  const redis = new Redis(url);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', 'ptest-*', 'COUNT', 1000);
      cursor = next;
      const orphaned = keys.filter((key) => {
        const pid = Number(/^ptest-(\d+)[_-]/.exec(key)?.[1]);
        return Number.isInteger(pid) && pid > 0 && !isProcessRunning(pid);
      });
      if (orphaned.length) deleted += await redis.del(...orphaned);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
