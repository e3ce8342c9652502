import type { Type } from '@nestjs/common';
import { DemoPingWorkerModule } from '@puente/demo-ping';

/** The context modules whose consumers the production worker runs. */
export const WORKER_FEATURES: Type[] = [DemoPingWorkerModule];
