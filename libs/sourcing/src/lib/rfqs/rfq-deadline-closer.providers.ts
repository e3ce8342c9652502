import type { Provider } from '@nestjs/common';
import { AuditLog } from '@puente/identity';
import { SupplierActivityOutbox } from '../track-record/supplier-activity-outbox';
import { RfqClosing } from './rfq-closing';
import { RfqDeadlineCloser } from './rfq-deadline-closer';
import { RfqNotices } from './rfq-notices';
import { RFQ_SETTINGS } from './rfq-settings';

/**
 * What `RfqDeadlineCloser` needs, for a module other than SourcingModule (the worker's): it also needs
 * `NotificationService` and `Clock` (global in both processes) and the sourcing entities with AuditEvent
 * in the DataSource.
 */
export function rfqDeadlineCloserProviders(publicWebUrl: string): Provider[] {
  return [AuditLog, RfqNotices, SupplierActivityOutbox, RfqClosing, RfqDeadlineCloser, { provide: RFQ_SETTINGS, useValue: { publicWebUrl } }];
}
