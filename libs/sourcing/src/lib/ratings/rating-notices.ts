import { Inject, Injectable } from '@nestjs/common';
import { NotificationService, ratingReceived, ratingReplied } from '@puente/notifications';
import type { EntityManager } from 'typeorm';
import type { SupplierRating } from '../entities/supplier-rating.entity';
import { RFQ_SETTINGS, rfqUrl, type RfqSettings } from '../rfqs/rfq-settings';

/** Tells the other side of a rating, inside the write's transaction, each member in their own language. */
@Injectable()
export class RatingNotices {
  constructor(
    private readonly notifications: NotificationService,
    @Inject(RFQ_SETTINGS) private readonly settings: Pick<RfqSettings, 'publicWebUrl'>,
  ) {}

  /** The rated supplier organization: the scores and where to read and answer them (its opportunity page). */
  received(manager: EntityManager, rating: SupplierRating, names: { rfqTitle: string; buyerName: string }): Promise<unknown> {
    return this.notifications.notify(manager, ratingReceived, [{ organizationId: rating.supplierOrganizationId }], {
      buyerName: names.buyerName,
      rfqTitle: names.rfqTitle,
      quality: rating.quality,
      communication: rating.communication,
      onTime: rating.onTime,
      rfqUrl: rfqUrl(this.settings, 'supplier', rating.rfqId),
    });
  }

  /** The buyer organization that rated: the reply is on the rating's page. */
  replied(manager: EntityManager, rating: SupplierRating, names: { rfqTitle: string; supplierName: string }): Promise<unknown> {
    return this.notifications.notify(manager, ratingReplied, [{ organizationId: rating.buyerOrganizationId }], {
      supplierName: names.supplierName,
      rfqTitle: names.rfqTitle,
      rfqUrl: `${rfqUrl(this.settings, 'buyer', rating.rfqId)}/ratings/${rating.quoteId}`,
    });
  }
}
