import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent, AuditLog } from '@puente/identity';
import { RfqReadAccess } from './access/rfq-read-access';
import { AWARD_PROVIDERS } from './awards/award-providers';
import { RfqAttachmentsService } from './attachments/rfq-attachments.service';
import { SOURCING_ENTITIES } from './entities/index';
import { COMPARISON_PROVIDERS, landedCostProvider } from './comparison/comparison-providers';
import type { LandedCostSettings } from './comparison/landed-cost/landed-cost.types';
import { FxRates } from './fx/fx-rates.service';
import { INVITATION_PROVIDERS } from './invitations/invitation-providers';
import { RfqNdaService } from './nda/rfq-nda.service';
import { RfqQuestionsService } from './questions/rfq-questions.service';
import { RATING_PROVIDERS } from './ratings/rating-providers';
import { QUOTE_PROVIDERS } from './quotes/quote-providers';
import { QUOTE_SETTINGS, type QuoteSettings } from './quotes/quote-settings';
import { RfqClosing } from './rfqs/rfq-closing';
import { RfqDeadlineCloser } from './rfqs/rfq-deadline-closer';
import { RfqLifecycleService } from './rfqs/rfq-lifecycle.service';
import { RfqNotices } from './rfqs/rfq-notices';
import { RfqPublication } from './rfqs/rfq-publication';
import { RfqViewLoader } from './rfqs/rfq-view.loader';
import { RfqService } from './rfqs/rfq.service';
import { RFQ_SETTINGS, type RfqSettings } from './rfqs/rfq-settings';
import { SupplierActivityOutbox } from './track-record/supplier-activity-outbox';
import { SupplierTrackRecordService } from './track-record/supplier-track-record.service';
import './sourcing.errors';

export interface SourcingModuleOptions {
  settings: RfqSettings;
  quotes: QuoteSettings;
  /** The comparison's freight, crossing, duty and fee figures with their sources (`landedCostSettingsFrom`). */
  landedCost: LandedCostSettings;
}

/** The API's sourcing context: RFQs, their files, NDA and questions, invitations and the feed, quotes, the award, ratings. */
@Module({})
export class SourcingModule {
  static forRoot(options: SourcingModuleOptions): DynamicModule {
    const services = [
      SupplierActivityOutbox,
      SupplierTrackRecordService,
      RfqNotices,
      RfqClosing,
      RfqDeadlineCloser,
      RfqReadAccess,
      RfqViewLoader,
      RfqPublication,
      RfqService,
      RfqLifecycleService,
      RfqNdaService,
      RfqAttachmentsService,
      RfqQuestionsService,
      ...INVITATION_PROVIDERS,
      ...QUOTE_PROVIDERS,
      ...AWARD_PROVIDERS,
      ...RATING_PROVIDERS,
      FxRates,
      ...COMPARISON_PROVIDERS,
    ];
    return {
      module: SourcingModule,
      // AuditEvent: the audit log writes it through this context's transactions.
      imports: [TypeOrmModule.forFeature([...SOURCING_ENTITIES, AuditEvent])],
      providers: [AuditLog, { provide: RFQ_SETTINGS, useValue: options.settings }, { provide: QUOTE_SETTINGS, useValue: options.quotes }, landedCostProvider(options.landedCost), ...services],
      exports: services,
    };
  }
}
