import { Inject, Injectable } from '@nestjs/common';
import { NotificationService, rfqAmended, rfqCancelled, rfqClosed, rfqClosedToBuyer, rfqQuestionAnswered, rfqQuestionAsked } from '@puente/notifications';
import type { EntityManager } from 'typeorm';
import { invitedOrganizationIds } from '../access/invited-organizations';
import type { Rfq } from '../entities/rfq.entity';
import { activeQuoteCount, quotingOrganizationIds } from '../quotes/quote-counts';
import type { RfqCloseReason } from '../rfq-vocabulary';
import { RFQ_SETTINGS, rfqUrl, type RfqSettings } from './rfq-settings';

/**
 * Tells the parties of an RFQ what happened, inside the change's transaction. Recipients are whole
 * organizations (`{ organizationId }`): each member gets the notice in their own language at delivery.
 */
@Injectable()
export class RfqNotices {
  constructor(
    private readonly notifications: NotificationService,
    @Inject(RFQ_SETTINGS) private readonly settings: Pick<RfqSettings, 'publicWebUrl'>,
  ) {}

  /**
   * The buyer organization with how many active quotes it holds (`rfq.closed-to-buyer`, its RFQ page), and
   * every invited or quoting supplier organization, each once, without a count (`rfq.closed`, their
   * opportunity page): a supplier never learns how many competitors quoted.
   */
  async closed(manager: EntityManager, rfq: Rfq, reason: RfqCloseReason): Promise<void> {
    await this.notifications.notify(manager, rfqClosedToBuyer, [{ organizationId: rfq.buyerOrganizationId }], {
      rfqTitle: rfq.title,
      reason,
      quoteCount: await activeQuoteCount(manager, rfq.id),
      rfqUrl: rfqUrl(this.settings, 'buyer', rfq.id),
    });
    const suppliers = new Set([...(await invitedOrganizationIds(manager, rfq.id)), ...(await quotingOrganizationIds(manager, rfq.id))]);
    if (suppliers.size === 0) return;
    await this.notifications.notify(
      manager,
      rfqClosed,
      [...suppliers].map((organizationId) => ({ organizationId })),
      { rfqTitle: rfq.title, reason, rfqUrl: rfqUrl(this.settings, 'supplier', rfq.id) },
    );
  }

  async cancelled(manager: EntityManager, rfq: Rfq, buyerName: string): Promise<void> {
    await this.toSuppliers(manager, rfq, (recipients) => this.notifications.notify(manager, rfqCancelled, recipients, { rfqTitle: rfq.title, buyerName }));
  }

  async amended(manager: EntityManager, rfq: Rfq): Promise<void> {
    await this.toSuppliers(manager, rfq, (recipients) =>
      this.notifications.notify(manager, rfqAmended, recipients, { rfqTitle: rfq.title, version: rfq.version, rfqUrl: rfqUrl(this.settings, 'supplier', rfq.id) }),
    );
  }

  async questionAsked(manager: EntityManager, rfq: Rfq): Promise<void> {
    await this.notifications.notify(manager, rfqQuestionAsked, [{ organizationId: rfq.buyerOrganizationId }], {
      rfqTitle: rfq.title,
      rfqUrl: rfqUrl(this.settings, 'buyer', rfq.id),
    });
  }

  /** The asking organization; a public answer also every invited supplier organization (each once). */
  async questionAnswered(manager: EntityManager, rfq: Rfq, askerOrganizationId: string, isPublic: boolean): Promise<void> {
    const organizations = new Set([askerOrganizationId, ...(isPublic ? await invitedOrganizationIds(manager, rfq.id) : [])]);
    await this.notifications.notify(
      manager,
      rfqQuestionAnswered,
      [...organizations].map((organizationId) => ({ organizationId })),
      { rfqTitle: rfq.title, rfqUrl: rfqUrl(this.settings, 'supplier', rfq.id) },
    );
  }

  private async toSuppliers(
    manager: EntityManager,
    rfq: Rfq,
    send: (recipients: Array<{ organizationId: string }>) => Promise<unknown>,
  ): Promise<void> {
    const organizations = await invitedOrganizationIds(manager, rfq.id);
    if (organizations.length > 0) await send(organizations.map((organizationId) => ({ organizationId })));
  }
}
