import { RfqFeedService } from '../feed/rfq-feed.service';
import { InvitationDeclineService } from './invitation-decline.service';
import { RfqInvitationsService } from './rfq-invitations.service';
import { SupplierInvitationsService } from './supplier-invitations.service';

/** The API services of invitations and the supplier feed, added to SourcingModule's providers and exports. */
export const INVITATION_PROVIDERS = [RfqInvitationsService, SupplierInvitationsService, InvitationDeclineService, RfqFeedService];
