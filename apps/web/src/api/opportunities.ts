import { client } from './generated/client.gen';
import { ApiRequestError, type ApiError } from './api-client';
import type { SearchExplanation } from './search';

// The supplier's names for the RFQ routes it reads (invitations, feed, one RFQ, NDA, questions, decline).
// Light local copies of libs/sourcing's rfq-views.ts until the generated client has the routes.

export type InvitationState = 'invited' | 'declined';
export type DeclineReason = 'no_capacity' | 'not_our_process' | 'volume_too_low' | 'other';
export const DECLINE_REASONS: readonly DeclineReason[] = ['no_capacity', 'not_our_process', 'volume_too_low', 'other'];
export type RfqState = 'draft' | 'pending_review' | 'open' | 'closed' | 'awarded' | 'cancelled';

export interface SupplierRfqSummary {
  id: string;
  state: RfqState;
  title: string;
  buyerName: string;
  processes: string[];
  lines: Array<{ processes: string[]; quantities: number[]; unit: string }>;
  quoteDeadline: string | null;
  ndaRequired: boolean;
  visibility: 'public' | 'invite_only';
  publishedAt: string | null;
}

export interface SupplierInvitation {
  id: string;
  rfq: SupplierRfqSummary;
  state: InvitationState;
  declineReason: DeclineReason | null;
  createdAt: string;
}

export interface SupplierInvitationList {
  data: SupplierInvitation[];
  nextCursor: string | null;
}

export interface FeedItem {
  rfq: SupplierRfqSummary;
  invitationId: string | null;
  score: number;
  explanation: SearchExplanation;
}

export interface Feed {
  items: FeedItem[];
  nextCursor: string | null;
  /** 'deadline' when the caller has no published profile to rank by. */
  rankedBy: 'fit' | 'deadline';
}

export interface RfqLine {
  id: string;
  position: number;
  partName: string | null;
  partNumber: string | null;
  notes: string | null;
  processes: string[];
  materials: string[];
  quantities: number[];
  unit: string;
  unitsPerTruckload: number | null;
}

export interface RfqAttachment {
  id: string;
  lineId: string | null;
  kind: 'drawing' | 'specification' | 'other';
  fileName: string;
  fileType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface RfqFieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface RfqAmendment {
  version: number;
  createdAt: string;
  note: string | null;
  changes: RfqFieldChange[];
}

export interface SupplierRfq {
  id: string;
  state: RfqState;
  version: number;
  gated: boolean;
  buyer: { organizationId: string; name: string };
  title: string;
  description: string | null;
  descriptionLanguage: 'en' | 'es';
  lines: RfqLine[];
  annualVolume: number | null;
  targetUnitPrice: string | null;
  currency: 'USD' | 'MXN';
  certifications: string[];
  hsCode: string | null;
  deliveryZip: string | null;
  deliveryPlace: string | null;
  incoterm: string | null;
  incotermPlace: string | null;
  needBy: string | null;
  quoteDeadline: string | null;
  nda: { required: boolean; text: string | null; version: number; accepted: boolean | null; acceptedAt: string | null };
  visibility: 'public' | 'invite_only';
  attachments: RfqAttachment[];
  amendments: RfqAmendment[];
  invitation: { id: string; state: InvitationState; declineReason: DeclineReason | null; createdAt: string } | null;
  closedAt: string | null;
  closedReason: 'deadline' | 'cap' | 'buyer' | null;
  cancelledAt: string | null;
}

export interface RfqQuestion {
  id: string;
  body: string;
  askedAt: string;
  askedBy: { organizationId: string; organizationName: string } | null;
  own: boolean;
  answer: string | null;
  public: boolean;
  answeredAt: string | null;
}

export interface RfqQuestionList {
  data: RfqQuestion[];
}

export interface InvitationQuery {
  state?: InvitationState;
  cursor?: string;
  limit?: number;
}

export interface FeedQuery {
  process?: string;
  deadlineBefore?: string;
  cursor?: string;
  limit?: number;
}

const bearer = [{ scheme: 'bearer' as const, type: 'http' as const }];

export const listInvitations = (query: InvitationQuery) =>
  client.get<{ 200: SupplierInvitationList }, unknown, false>({ security: bearer, url: '/api/v1/invitations', query: { ...query } });

export const readFeed = (query: FeedQuery) => client.get<{ 200: Feed }, unknown, false>({ security: bearer, url: '/api/v1/rfq-feed', query: { ...query } });

export const readRfq = (rfqId: string) => client.get<{ 200: SupplierRfq }, unknown, false>({ security: bearer, url: `/api/v1/rfqs/${encodeURIComponent(rfqId)}` });

export const acceptNda = (rfqId: string, version: number) =>
  client.post<{ 200: SupplierRfq }, unknown, false>({
    security: bearer,
    url: `/api/v1/rfqs/${encodeURIComponent(rfqId)}/nda`,
    body: { version },
    headers: { 'content-type': 'application/json' },
  });

export const listQuestions = (rfqId: string) =>
  client.get<{ 200: RfqQuestionList }, unknown, false>({ security: bearer, url: `/api/v1/rfqs/${encodeURIComponent(rfqId)}/questions` });

export const askQuestion = (rfqId: string, body: string) =>
  client.post<{ 201: RfqQuestion }, unknown, false>({
    security: bearer,
    url: `/api/v1/rfqs/${encodeURIComponent(rfqId)}/questions`,
    body: { body },
    headers: { 'content-type': 'application/json' },
  });

export const declineInvitation = (invitationId: string, reason: DeclineReason, note?: string) =>
  client.post<{ 200: SupplierInvitation }, unknown, false>({
    security: bearer,
    url: `/api/v1/invitations/${encodeURIComponent(invitationId)}/decline`,
    body: note ? { reason, note } : { reason },
    headers: { 'content-type': 'application/json' },
  });

export interface AttachmentDownload {
  rfqId: string;
  attachment: Pick<RfqAttachment, 'id' | 'fileName'>;
  accessToken: string | null;
  language: string;
}

/**
 * GET /api/v1/rfqs/{rfqId}/attachments/{id} with the bearer token (a plain link would carry none), then hands the
 * bytes to the browser as a download under the file's own name: the way the supplier documents card does it.
 */
export async function downloadRfqAttachment({ rfqId, attachment, accessToken, language }: AttachmentDownload): Promise<void> {
  const headers: Record<string, string> = { 'accept-language': language };
  if (accessToken) headers['authorization'] = `Bearer ${accessToken}`;
  const response = await fetch(`/api/v1/rfqs/${encodeURIComponent(rfqId)}/attachments/${encodeURIComponent(attachment.id)}`, { headers });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: ApiError } | null;
    throw new ApiRequestError(response.status, body?.error ?? { code: 'INTERNAL_ERROR', message: response.statusText, details: [], requestId: '' });
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = window.document.createElement('a');
    link.href = url;
    link.download = attachment.fileName;
    window.document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the bytes to the browser's download; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
