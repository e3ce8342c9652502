import type { DynamicModule, Type } from '@nestjs/common';
import { IdentityWorkerModule, identitySettingsFrom } from '@puente/identity';
import { NotificationsWorkerModule } from '@puente/notifications';
import { meilisearchConnectionFrom, SearchWorkerModule } from '@puente/search';
import { SourcingWorkerModule, sourcingWorkerSettingsFrom } from '@puente/sourcing';
import type { WorkerConfig } from './worker-config';

export type WorkerFeature = Type | DynamicModule;

/** The context modules whose consumers the production worker runs. */
export function workerFeatures(config: WorkerConfig): WorkerFeature[] {
  return [
    IdentityWorkerModule.forRoot(identitySettingsFrom(config)),
    NotificationsWorkerModule.forRoot({ publicWebUrl: config.PUBLIC_WEB_URL, digestLocalHour: config.DIGEST_LOCAL_HOUR }),
    SearchWorkerModule.forRoot({ meili: meilisearchConnectionFrom(config) }),
    SourcingWorkerModule.forRoot(sourcingWorkerSettingsFrom(config, { meili: meilisearchConnectionFrom(config) })),
  ];
}
