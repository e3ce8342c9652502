import { Inject, Injectable } from '@nestjs/common';
import { NotificationService, quoteReceived, quoteWithdrawn } from '@puente/notifications';
import type { EntityManager } from 'typeorm';
import type { Rfq } from '../entities/rfq.entity';
import { RFQ_SETTINGS, rfqUrl, type RfqSettings } from '../rfqs/rfq-settings';

/**
 * Tells the buyer organization, inside the quote's transaction, that a quote arrived or was withdrawn:
 * who and how many active quotes there are now, never a price (the notice is the same sealed or not).
 */
@Injectable()
export class QuoteNotices {
  constructor(
    private readonly notifications: NotificationService,
    @Inject(RFQ_SETTINGS) private readonly settings: Pick<RfqSettings, 'publicWebUrl'>,
  ) {}

  received(manager: EntityManager, rfq: Rfq, supplierName: string, activeCount: number): Promise<unknown> {
    return this.notifications.notify(manager, quoteReceived, [{ organizationId: rfq.buyerOrganizationId }], this.params(rfq, supplierName, activeCount));
  }

  withdrawn(manager: EntityManager, rfq: Rfq, supplierName: string, activeCount: number): Promise<unknown> {
    return this.notifications.notify(manager, quoteWithdrawn, [{ organizationId: rfq.buyerOrganizationId }], this.params(rfq, supplierName, activeCount));
  }

  private params(rfq: Rfq, supplierName: string, quoteCount: number) {
    return { rfqTitle: rfq.title, supplierName, quoteCount, rfqUrl: rfqUrl(this.settings, 'buyer', rfq.id) };
  }
}
