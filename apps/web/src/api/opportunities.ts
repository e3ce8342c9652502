import {
  rfqFeedControllerList,
  rfqQuestionsControllerAsk,
  rfqQuestionsControllerList,
  rfqsControllerAcceptNda,
  rfqsControllerGet,
  supplierInvitationsControllerDecline,
  supplierInvitationsControllerList,
  type DeclineInvitationDto,
  type RfqAmendmentResponse,
  type RfqAttachmentResponse,
  type RfqFeedControllerListData,
  type RfqFeedItemResponse,
  type RfqFeedResponse,
  type RfqFieldChangeResponse,
  type RfqLineResponse,
  type RfqQuestionResponse,
  type RfqResponse,
  type SupplierInvitationListResponse,
  type SupplierInvitationResponse,
  type SupplierInvitationsControllerListData,
  type SupplierRfqSummaryResponse,
} from './api-client';
import { downloadWithToken } from './download';

// The supplier's names for the RFQ routes it uses (invitations, feed, one RFQ, NDA, questions, decline, a file's
// download) and their generated types.

export type RfqState = RfqResponse['state'];
export type InvitationState = SupplierInvitationResponse['state'];
export type DeclineReason = DeclineInvitationDto['reason'];
export const DECLINE_REASONS: readonly DeclineReason[] = ['no_capacity', 'not_our_process', 'volume_too_low', 'other'];

export type SupplierRfqSummary = SupplierRfqSummaryResponse;
export type SupplierInvitation = SupplierInvitationResponse;
export type SupplierInvitationList = SupplierInvitationListResponse;
export type FeedItem = RfqFeedItemResponse;
export type Feed = RfqFeedResponse;
export type SupplierRfq = RfqResponse;
export type RfqLine = RfqLineResponse;
export type RfqAttachment = RfqAttachmentResponse;
export type RfqAmendment = RfqAmendmentResponse;
export type RfqFieldChange = RfqFieldChangeResponse;
export type InvitationQuery = NonNullable<SupplierInvitationsControllerListData['query']>;
export type FeedQuery = NonNullable<RfqFeedControllerListData['query']>;

export type RfqQuestion = RfqQuestionResponse;

export const listInvitations = (query: InvitationQuery) => supplierInvitationsControllerList({ query });

export const readFeed = (query: FeedQuery) => rfqFeedControllerList({ query });

export const readRfq = (rfqId: string) => rfqsControllerGet({ path: { rfqId } });

export const acceptNda = (rfqId: string, version: number) => rfqsControllerAcceptNda({ path: { rfqId }, body: { version } });

export const listQuestions = (rfqId: string) => rfqQuestionsControllerList({ path: { rfqId } });

export const askQuestion = (rfqId: string, body: string) => rfqQuestionsControllerAsk({ path: { rfqId }, body: { body } });

export const declineInvitation = (invitationId: string, reason: DeclineReason, note?: string) =>
  supplierInvitationsControllerDecline({ path: { invitationId }, body: note ? { reason, note } : { reason } });

export interface AttachmentDownload {
  rfqId: string;
  attachment: Pick<RfqAttachment, 'id' | 'fileName'>;
  accessToken: string | null;
  language: string;
}

/** GET /api/v1/rfqs/{rfqId}/attachments/{id} with the supplier's token, saved under the file's own name. */
export const downloadRfqAttachment = ({ rfqId, attachment, accessToken, language }: AttachmentDownload): Promise<void> =>
  downloadWithToken({ path: `/api/v1/rfqs/${encodeURIComponent(rfqId)}/attachments/${encodeURIComponent(attachment.id)}`, fileName: attachment.fileName, accessToken, language });
