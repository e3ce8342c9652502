import 'reflect-metadata';
import { runWorker } from './app/run-worker';
import { WORKER_FEATURES } from './app/worker-features';

runWorker(WORKER_FEATURES).catch((error: unknown) => {
  process.stderr.write(`puente-worker failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
