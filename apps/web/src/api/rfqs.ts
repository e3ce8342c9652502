import {
  rfqAttachmentsControllerRemove,
  rfqInvitationsControllerList,
  rfqQuestionsControllerAnswer,
  rfqQuestionsControllerList,
  rfqsControllerCancel,
  rfqsControllerClose,
  rfqsControllerCreate,
  rfqsControllerGet,
  rfqsControllerList,
  rfqsControllerPublish,
  rfqsControllerUpdate,
  type CreateRfqDto,
  type InvitedSupplierResponse,
  type RfqAmendmentResponse,
  type RfqAttachmentResponse,
  type RfqFieldChangeResponse,
  type RfqInvitationListResponse,
  type RfqInvitationResponse,
  type RfqLineDto,
  type RfqLineResponse,
  type RfqListResponse,
  type RfqQuestionResponse,
  type RfqResponse,
  type RfqSummaryResponse,
  type RfqsControllerListData,
  type UpdateRfqDto,
} from './api-client';
import { downloadWithToken } from './download';
import { postWithProgress } from './transfer';

// The buyer's RFQ screens' names for the RFQ routes (issue 15) and their generated types. Uploads and downloads
// go by hand: an upload to report its progress (XMLHttpRequest), a download to hand the bytes to the browser.

// The closed lists as the screens iterate them; each checked against the generated types, so a list the API
// changes fails the typecheck here.
export type RfqState = RfqResponse['state'];
export const RFQ_STATES = ['draft', 'pending_review', 'open', 'closed', 'awarded', 'cancelled'] as const satisfies readonly RfqState[];
export type RfqUnit = RfqLineResponse['unit'];
export const RFQ_UNITS = ['pcs', 'sets', 'kg', 'lb', 'm', 'ft', 'm2', 'l'] as const satisfies readonly RfqUnit[];
export type Incoterm = NonNullable<RfqResponse['incoterm']>;
export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const satisfies readonly Incoterm[];
export type RfqVisibility = RfqResponse['visibility'];
export const RFQ_VISIBILITIES = ['public', 'invite_only'] as const satisfies readonly RfqVisibility[];
export type RfqAttachmentKind = RfqAttachmentResponse['kind'];
export const RFQ_ATTACHMENT_KINDS = ['drawing', 'specification', 'other'] as const satisfies readonly RfqAttachmentKind[];
export type DeclineReason = keyof RfqInvitationListResponse['declines'];
export const DECLINE_REASONS = ['no_capacity', 'not_our_process', 'volume_too_low', 'other'] as const satisfies readonly DeclineReason[];
export type RfqBidding = RfqResponse['bidding'];
export const RFQ_BIDDINGS = ['sealed', 'open'] as const satisfies readonly RfqBidding[];
export type Currency = RfqResponse['currency'];
export const CURRENCIES = ['USD', 'MXN'] as const satisfies readonly Currency[];

export type RfqLine = RfqLineResponse;
export type RfqAttachment = RfqAttachmentResponse;
export type RfqFieldChange = RfqFieldChangeResponse;
export type RfqAmendment = RfqAmendmentResponse;
export type Rfq = RfqResponse;
export type RfqSummary = RfqSummaryResponse;
export type RfqList = RfqListResponse;
export type RfqLineInput = RfqLineDto;
/** The body of POST /rfqs. */
export type RfqInput = CreateRfqDto;
/** The body of PATCH /rfqs/{rfqId}: any fields, with the amendment's note on an open RFQ. */
export type RfqPatch = UpdateRfqDto;
export type InvitedSupplier = InvitedSupplierResponse;
export type RfqInvitation = RfqInvitationResponse;
export type RfqInvitationList = RfqInvitationListResponse;

export type RfqQuestion = RfqQuestionResponse;

export const listRfqs = (query: NonNullable<RfqsControllerListData['query']> = {}) => rfqsControllerList({ query });
export const getRfq = (rfqId: string) => rfqsControllerGet({ path: { rfqId } });
export const createRfq = (body: RfqInput) => rfqsControllerCreate({ body });
export const updateRfq = (rfqId: string, body: RfqPatch) => rfqsControllerUpdate({ path: { rfqId }, body });
export const publishRfq = (rfqId: string) => rfqsControllerPublish({ path: { rfqId } });
export const closeRfq = (rfqId: string) => rfqsControllerClose({ path: { rfqId } });
export const cancelRfq = (rfqId: string, reason?: string) => rfqsControllerCancel({ path: { rfqId }, body: reason ? { reason } : {} });
export const deleteRfqAttachment = (rfqId: string, attachmentId: string) => rfqAttachmentsControllerRemove({ path: { rfqId, attachmentId } });
export const listRfqQuestions = (rfqId: string) => rfqQuestionsControllerList({ path: { rfqId } });
export const answerRfqQuestion = (rfqId: string, questionId: string, body: { answer: string; public: boolean }) => rfqQuestionsControllerAnswer({ path: { rfqId, questionId }, body });
export const listRfqInvitations = (rfqId: string) => rfqInvitationsControllerList({ path: { rfqId } });

export interface RfqUploadRequest {
  rfqId: string;
  file: File;
  kind: RfqAttachmentKind;
  lineId?: string;
  accessToken: string | null;
  language: string;
  /** 0 to 1 as the bytes leave the browser. */
  onProgress: (fraction: number) => void;
}

/**
 * POST /api/v1/rfqs/{rfqId}/attachments with XMLHttpRequest (fetch reports no upload progress). The body is the
 * raw file, always as bytes: the API reads a drawing's type (STEP, IGES, DXF...) from them, not from a label.
 */
export function uploadRfqAttachment({ rfqId, file, kind, lineId, accessToken, language, onProgress }: RfqUploadRequest): Promise<RfqAttachment> {
  const query = new URLSearchParams({ kind, name: file.name.slice(0, 300), ...(lineId ? { lineId } : {}) });
  return postWithProgress(`/api/v1/rfqs/${encodeURIComponent(rfqId)}/attachments?${query.toString()}`, file, { accessToken, language }, onProgress, 'application/octet-stream');
}

/** GET the attachment with the bearer token (a plain link carries none) and hand it to the browser under its name. */
export const downloadRfqAttachment = ({ rfqId, attachment, accessToken, language }: { rfqId: string; attachment: Pick<RfqAttachment, 'id' | 'fileName'>; accessToken: string | null; language: string }): Promise<void> =>
  downloadWithToken({ path: `/api/v1/rfqs/${encodeURIComponent(rfqId)}/attachments/${encodeURIComponent(attachment.id)}`, fileName: attachment.fileName, accessToken, language });
