import { ConfigValidationError, createLogger, loadConfig, WorkerEnvironment } from '@puente/platform';
import { createWorkerApp } from './create-worker-app';
import type { WorkerConfig } from './worker-config';
import type { WorkerFeature } from './worker-features';
import { startHealthServer } from './health-server';
import { WorkerRefusedError, WorkerRuntime } from './worker-runtime';

/** The worker process: config, context, health port, signals, then the queues and the relay. */
export async function runWorker(features: (config: WorkerConfig) => WorkerFeature[]): Promise<void> {
  let config;
  try {
    config = loadConfig(WorkerEnvironment);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`puente-worker refuses to start. ${error.message}\n`);
    process.exit(78);
  }
  const logger = createLogger({ service: 'worker', level: config.LOG_LEVEL });
  for (const warning of config.warnings) logger.warn(warning);

  const app = await createWorkerApp(config, logger, features(config));
  const runtime = app.get(WorkerRuntime);
  let stopping = false;
  const health = await startHealthServer(app, config.WORKER_HEALTH_PORT, () => stopping);

  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing jobs in flight');
    const deadline = setTimeout(() => {
      logger.error('grace period over: exiting with jobs unfinished (they will be retried as stalled)');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS);
    try {
      await runtime.stop();
      await app.close();
      await new Promise((resolve) => health.close(resolve));
      logger.info('shutdown complete');
    } finally {
      clearTimeout(deadline);
      logger.flush();
      setTimeout(() => process.exit(), 100).unref();
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  try {
    await runtime.start();
  } catch (error) {
    if (!(error instanceof WorkerRefusedError)) throw error;
    process.stderr.write(`puente-worker: ${error.message}\n`);
    process.exit(70);
  }
  logger.info({ health: `http://localhost:${config.WORKER_HEALTH_PORT}/health/ready` }, 'puente-worker running');
}
