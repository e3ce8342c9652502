import { Redis } from 'ioredis';
import { Client } from 'pg';

/** Reads what a worker process did, from outside it: rows in PostgreSQL and job states in Redis. */
export class WorkerProbe {
  private constructor(
    private readonly db: Client,
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  static async open(databaseUrl: string, redisUrl: string, keyPrefix: string): Promise<WorkerProbe> {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    return new WorkerProbe(db, new Redis(redisUrl), `${keyPrefix}:bull:events`);
  }

  query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query(sql, params).then((result) => result.rows as T[]);
  }

  async createPing(message: string, options: { workMs?: number } = {}): Promise<{ pingId: string; outboxId: string }> {
    await this.db.query('BEGIN');
    const [{ id: pingId }] = (
      await this.db.query('INSERT INTO demo_pings (message, work_ms, created_at) VALUES ($1, $2, now()) RETURNING id', [
        message,
        options.workMs ?? 0,
      ])
    ).rows;
    const [{ id: outboxId }] = (
      await this.db.query(
        `INSERT INTO outbox_messages (topic, payload, created_at) VALUES ('demo.ping.created', $1, now()) RETURNING id`,
        [JSON.stringify({ pingId })],
      )
    ).rows;
    await this.db.query('COMMIT');
    return { pingId, outboxId: String(outboxId) };
  }

  async pongs(pingId: string): Promise<Array<{ worker_pid: number; attempt: number }>> {
    return this.query('SELECT worker_pid, attempt FROM demo_pongs WHERE ping_id = $1', [pingId]);
  }

  async isActive(jobId: string): Promise<boolean> {
    return (await this.redis.lpos(`${this.prefix}:active`, jobId)) !== null;
  }

  async jobExists(jobId: string): Promise<boolean> {
    return (await this.redis.exists(`${this.prefix}:${jobId}`)) === 1;
  }

  async close(): Promise<void> {
    await this.db.end();
    this.redis.disconnect();
  }
}
