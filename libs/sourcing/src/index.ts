// The sourcing context: buyers' requests for quote (RFQs), their fan-out to suppliers, the supplier feed.
import type { MigrationClass } from '@puente/platform';
import { CreateRfqs1764900000000 } from './lib/migrations/1764900000000-create-rfqs';
import { CreateQuotes1765000000000 } from './lib/migrations/1765000000000-create-quotes';

export * from './lib/entities/index';
export * from './lib/rfq-vocabulary';
export * from './lib/rfq-views';
export * from './lib/quotes/quote-views';
export type * from './lib/quotes/quote-content';
export * from './lib/rfq-topics';
export * from './lib/sourcing.errors';
export * from './lib/sourcing.module';
export { RfqReadAccess, type RfqReading } from './lib/access/rfq-read-access';
export { invitedOrganizationIds, wasInvited } from './lib/access/invited-organizations';
export { assertOpenForWrites, isPastDeadline } from './lib/rfqs/assert-open-for-writes';
export { RfqService } from './lib/rfqs/rfq.service';
export { RfqLifecycleService } from './lib/rfqs/rfq-lifecycle.service';
export { RfqNdaService } from './lib/nda/rfq-nda.service';
export { RfqAttachmentsService, type AttachmentDownload, type AttachmentUpload } from './lib/attachments/rfq-attachments.service';
export { RFQ_ATTACHMENT_FILE_TYPES } from './lib/attachments/rfq-attachment-types';
export { RfqQuestionsService } from './lib/questions/rfq-questions.service';
export type { RfqInput, RfqLineInput, RfqPatch } from './lib/rfqs/rfq-input';
export { RFQ_CURSOR_PATTERN } from './lib/rfqs/rfq-list-cursor';
export type { RfqListQuery } from './lib/rfqs/rfq-list';
export { MIN_DEADLINE_LEAD_MS } from './lib/rfqs/rfq-completeness';
export { RfqDeadlineCloser } from './lib/rfqs/rfq-deadline-closer';
export { rfqDeadlineCloserProviders } from './lib/rfqs/rfq-deadline-closer.providers';
export { RFQ_SETTINGS, rfqUrl, type RfqSettings } from './lib/rfqs/rfq-settings';

/** Listed in `@puente/schema`'s ALL_MIGRATIONS. */
export const sourcingMigrations: MigrationClass[] = [CreateRfqs1764900000000, CreateQuotes1765000000000];
export { lineRequirement, rfqRequirement, type RfqRequirementInput } from './lib/matching/rfq-requirement';
export { SourcingWorkerModule } from './lib/sourcing-worker.module';
export { sourcingWorkerSettingsFrom, type SourcingWorkerSettings } from './lib/sourcing-settings';
export { RfqDeadlineJobs } from './lib/deadlines/rfq-deadline-jobs';
export { deadlineJobId } from './lib/deadlines/rfq-deadline-schedule.consumer';
export { INVITATION_PROVIDERS } from './lib/invitations/invitation-providers';
export { RfqInvitationsService } from './lib/invitations/rfq-invitations.service';
export { SupplierInvitationsService, type SupplierInvitationQuery } from './lib/invitations/supplier-invitations.service';
export { InvitationDeclineService, type DeclineInput } from './lib/invitations/invitation-decline.service';
export { INVITATION_CURSOR_PATTERN } from './lib/invitations/invitation-cursor';
export { RfqFeedService, type RfqFeedQuery } from './lib/feed/rfq-feed.service';
export { FEED_CURSOR_PATTERN } from './lib/feed/feed-cursor';
