import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from '@puente/identity';
import { SearchModule } from '@puente/search';
import { RfqDeadlineJobs } from './deadlines/rfq-deadline-jobs';
import { RfqDeadlineScheduleConsumer } from './deadlines/rfq-deadline-schedule.consumer';
import { SOURCING_ENTITIES } from './entities/index';
import { RfqFanOutConsumer } from './fan-out/rfq-fan-out.consumer';
import { RfqFanOut } from './fan-out/rfq-fan-out.service';
import { SupplierMatches } from './fan-out/supplier-matches';
import { rfqDeadlineCloserProviders } from './rfqs/rfq-deadline-closer.providers';
import { SOURCING_WORKER_SETTINGS, type SourcingWorkerSettings } from './sourcing-settings';
import { SupplierResponseSignals } from './track-record/response-signals';
import { SupplierResponseStatsConsumer } from './track-record/supplier-response-stats.consumer';
import './sourcing.errors';

/**
 * The worker's side of sourcing: the fan-out of a published RFQ (matching through the search context,
 * invitations, notices), the deadline jobs and the suppliers' response statistics (which feed the matching). `RfqDeadlineJobs` is exported for the worker's queue processors.
 */
@Module({})
export class SourcingWorkerModule {
  static forRoot(settings: SourcingWorkerSettings): DynamicModule {
    return {
      module: SourcingWorkerModule,
      imports: [TypeOrmModule.forFeature([...SOURCING_ENTITIES, AuditEvent]), SearchModule.forRoot({ ...settings.search, signals: SupplierResponseSignals })],
      providers: [
        { provide: SOURCING_WORKER_SETTINGS, useValue: settings },
        SupplierMatches,
        RfqFanOut,
        RfqFanOutConsumer,
        RfqDeadlineScheduleConsumer,
        SupplierResponseStatsConsumer,
        ...rfqDeadlineCloserProviders(settings.publicWebUrl),
        RfqDeadlineJobs,
      ],
      exports: [RfqDeadlineJobs],
    };
  }
}
