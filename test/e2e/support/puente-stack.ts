import {
  AppProcess,
  deleteRedisKeys,
  freePort,
  identityFactory,
  suiteDatabase,
  temporaryDirectory,
  testEnvironment,
  type SuiteDatabase,
} from '@puente/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { HttpClient } from './http-client';
import { MailFolder } from './mail-folder';

/**
 * The product as users run it: the built API and worker as processes, on a database of the suite's
 * own, sharing one secret, one Redis prefix and one mail folder. Tests drive it over HTTP and read
 * the mail the worker wrote.
 */
export class PuenteStack {
  private constructor(
    readonly http: HttpClient,
    readonly mail: MailFolder,
    readonly db: DataSource,
    readonly factory: ReturnType<typeof identityFactory>,
    readonly env: Record<string, string>,
    private readonly processes: AppProcess[],
    private readonly database: SuiteDatabase,
  ) {}

  /** The API process (its output is kept in `logs`). */
  get api(): AppProcess {
    return this.processes[0];
  }

  /** The worker started with the stack (the first one). */
  get worker(): AppProcess {
    return this.processes[1];
  }

  /** Another worker process on the same database, Redis prefix and mail folder. */
  async startWorker(overrides: Record<string, string> = {}): Promise<AppProcess> {
    const healthPort = await freePort();
    const worker = AppProcess.start('dist/apps/worker/main.cjs', { ...this.env, ...overrides, WORKER_HEALTH_PORT: String(healthPort) });
    this.processes.push(worker);
    await worker.waitForHttp(`http://127.0.0.1:${healthPort}/health/ready`);
    return worker;
  }

  static async start(overrides: Record<string, string> = {}): Promise<PuenteStack> {
    const database = await suiteDatabase();
    const [apiPort, healthPort] = [await freePort(), await freePort()];
    const env = testEnvironment({
      // Links in e-mails open the web app this API serves.
      PUBLIC_WEB_URL: `http://127.0.0.1:${apiPort}`,
      DATABASE_URL: database.url,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      MAIL_DIR: temporaryDirectory('puente-mail'),
      RATE_LIMIT_MAX_REQUESTS: '100000',
      // Every request comes from 127.0.0.1: per-IP and per-address limits would trip suites that are not
      // about them (abuse-limits.e2e-spec.ts sets the real ones). Failed sign-ins per account keep theirs.
      SIGN_IN_MAX_FAILURES_PER_IP: '100000',
      ACCOUNT_EMAILS_MAX_PER_ADDRESS: '100000',
      ACCOUNT_EMAILS_MAX_PER_IP: '100000',
      SIGN_UP_MAX_PER_IP: '100000',
      LOG_LEVEL: 'warn',
      ...overrides,
    });
    const api = AppProcess.start('dist/apps/api/main.cjs', { ...env, PORT: String(apiPort) });
    const worker = AppProcess.start('dist/apps/worker/main.cjs', { ...env, WORKER_HEALTH_PORT: String(healthPort) });
    const base = `http://127.0.0.1:${apiPort}`;
    await Promise.all([api.waitForHttp(`${base}/health/ready`), worker.waitForHttp(`http://127.0.0.1:${healthPort}/health/ready`)]);
    const db = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    return new PuenteStack(new HttpClient(base), new MailFolder(env.MAIL_DIR), db, identityFactory(db), env, [api, worker], database);
  }

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((process) => process.stop()));
    await this.db.destroy();
    await deleteRedisKeys(this.env.REDIS_KEY_PREFIX);
    await this.database.drop();
  }
}
