import { Inject, Injectable } from '@nestjs/common';
import { NotificationService, quoteAwarded, quoteNotSelected, rfqAwarded } from '@puente/notifications';
import type { EntityManager } from 'typeorm';
import type { Rfq } from '../entities/rfq.entity';
import { RFQ_SETTINGS, rfqUrl, type RfqSettings } from '../rfqs/rfq-settings';

/**
 * Tells the parties of an award, inside its transaction, to whole organizations (each member in their own
 * language). A supplier not selected learns only that: never who won nor at what price.
 */
@Injectable()
export class AwardNotices {
  constructor(
    private readonly notifications: NotificationService,
    @Inject(RFQ_SETTINGS) private readonly settings: Pick<RfqSettings, 'publicWebUrl'>,
  ) {}

  /** The winning organization: which of its lines (part names, in the RFQ's order) and from which buyer. */
  awarded(manager: EntityManager, rfq: Rfq, winnerOrganizationId: string, buyerName: string, partNames: string[]): Promise<unknown> {
    return this.notifications.notify(manager, quoteAwarded, [{ organizationId: winnerOrganizationId }], {
      rfqTitle: rfq.title,
      buyerName,
      lines: partNames.join('; '),
      rfqUrl: rfqUrl(this.settings, 'supplier', rfq.id),
    });
  }

  /** Once the RFQ is awarded: the buyer organization, and every organization with an active quote that won nothing. */
  async rfqAwarded(manager: EntityManager, rfq: Rfq, counts: { awardedLineCount: number; lineCount: number }, notSelected: string[]): Promise<void> {
    await this.notifications.notify(manager, rfqAwarded, [{ organizationId: rfq.buyerOrganizationId }], {
      rfqTitle: rfq.title,
      ...counts,
      rfqUrl: rfqUrl(this.settings, 'buyer', rfq.id),
    });
    if (notSelected.length === 0) return;
    await this.notifications.notify(
      manager,
      quoteNotSelected,
      notSelected.map((organizationId) => ({ organizationId })),
      { rfqTitle: rfq.title, rfqUrl: rfqUrl(this.settings, 'supplier', rfq.id) },
    );
  }
}
