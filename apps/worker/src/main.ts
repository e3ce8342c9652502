import 'reflect-metadata';
import { runWorker } from './app/run-worker';
import { workerFeatures } from './app/worker-features';

runWorker(workerFeatures).catch((error: unknown) => {
  process.stderr.write(`puente-worker failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
