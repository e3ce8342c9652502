// The production worker plus the test-only probe consumer. Bundled by the test setup (and the outbox
// benchmark) into tmp/test-build/workerWithProbe.cjs; never shipped.
import 'reflect-metadata';
import { runWorker } from '../../src/app/run-worker';
import { workerFeatures } from '../../src/app/worker-features';
import { ProbeModule } from './probe-consumer';

runWorker((config) => [...workerFeatures(config), ProbeModule]).catch((error: unknown) => {
  process.stderr.write(`puente-worker failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
