import { Redis } from 'ioredis';
import { Client } from 'pg';
import { ensureProbeSchema, PROBE_TABLE, type ProbeRequest } from './probe-consumer';

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
    await ensureProbeSchema((sql, params) => db.query(sql, params));
    return new WorkerProbe(db, new Redis(redisUrl), `${keyPrefix}:bull:events`);
  }

  query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query(sql, params).then((result) => result.rows as T[]);
  }

  /** Commits a probe request's outbox row; its job id is `outbox-<messageId>`. */
  async requestProbe(request: ProbeRequest): Promise<{ outboxId: string; messageId: string }> {
    const [row] = await this.query<{ id: string; message_id: string }>(
      `INSERT INTO outbox_messages (topic, payload, created_at) VALUES ('test.probe.requested', $1, now()) RETURNING id, message_id`,
      [JSON.stringify(request)],
    );
    return { outboxId: String(row.id), messageId: row.message_id };
  }

  async effects(probeId: string): Promise<Array<{ worker_pid: number; attempt: number }>> {
    return this.query(`SELECT worker_pid, attempt FROM ${PROBE_TABLE} WHERE probe_id = $1`, [probeId]);
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
