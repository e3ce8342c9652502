import { spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { deleteLeftoverRedisKeys } from './redis-keys';

describe('deleteLeftoverRedisKeys', () => {
  it('deletes the keys of runs whose process is gone, and keeps those of running ones', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid as number;
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const dead = `ptest-${deadPid}_gone:bull:events:meta`;
    const alive = `ptest-${process.pid}_alive:bull:events:meta`;
    try {
      await redis.set(dead, '1');
      await redis.set(alive, '1');
      expect(await deleteLeftoverRedisKeys()).toBeGreaterThanOrEqual(1);
      expect(await redis.exists(dead)).toBe(0);
      expect(await redis.exists(alive)).toBe(1);
    } finally {
      await redis.del(dead, alive);
      redis.disconnect();
    }
  });
});
