import { ApiRequestError, type ApiError, type ExplanationResponse } from './api-client';
import { client } from './generated/client.gen';

// The buyer's RFQ screens' names for the RFQ routes (issue 15). Written against libs/sourcing's rfq-views.ts
// until the generated client has the routes.

export const RFQ_STATES = ['draft', 'pending_review', 'open', 'closed', 'awarded', 'cancelled'] as const;
export type RfqState = (typeof RFQ_STATES)[number];
export const RFQ_UNITS = ['pcs', 'sets', 'kg', 'lb', 'm', 'ft', 'm2', 'l'] as const;
export type RfqUnit = (typeof RFQ_UNITS)[number];
export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
export type Incoterm = (typeof INCOTERMS)[number];
export const RFQ_VISIBILITIES = ['public', 'invite_only'] as const;
export type RfqVisibility = (typeof RFQ_VISIBILITIES)[number];
export const RFQ_ATTACHMENT_KINDS = ['drawing', 'specification', 'other'] as const;
export type RfqAttachmentKind = (typeof RFQ_ATTACHMENT_KINDS)[number];
export const DECLINE_REASONS = ['no_capacity', 'not_our_process', 'volume_too_low', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const CURRENCIES = ['USD', 'MXN'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface RfqLine {
  id: string;
  position: number;
  partName: string | null;
  partNumber: string | null;
  notes: string | null;
  processes: string[];
  materials: string[];
  quantities: number[];
  unit: RfqUnit;
  unitsPerTruckload: number | null;
}

export interface RfqAttachment {
  id: string;
  lineId: string | null;
  kind: RfqAttachmentKind;
  fileName: string;
  fileType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface RfqFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RfqAmendment {
  version: number;
  createdAt: string;
  note: string | null;
  changes: RfqFieldChange[];
}

export interface Rfq {
  id: string;
  state: RfqState;
  version: number;
  readerRole: 'buyer' | 'supplier' | 'admin';
  gated: boolean;
  buyer: { organizationId: string; name: string };
  title: string;
  description: string | null;
  descriptionLanguage: 'en' | 'es';
  lines: RfqLine[];
  annualVolume: number | null;
  targetUnitPrice: string | null;
  currency: Currency;
  certifications: string[];
  hsCode: string | null;
  deliveryZip: string | null;
  deliveryPlace: string | null;
  incoterm: Incoterm | null;
  incotermPlace: string | null;
  needBy: string | null;
  quoteDeadline: string | null;
  nda: { required: boolean; text: string | null; version: number; accepted: boolean | null; acceptedAt: string | null };
  visibility: RfqVisibility;
  quoteCap: number | null;
  invitedSupplierIds: string[];
  attachments: RfqAttachment[];
  amendments: RfqAmendment[];
  publishedAt: string | null;
  closedAt: string | null;
  closedReason: 'deadline' | 'cap' | 'buyer' | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RfqSummary {
  id: string;
  state: RfqState;
  version: number;
  title: string;
  buyerName: string;
  processes: string[];
  lineCount: number;
  quoteDeadline: string | null;
  publishedAt: string | null;
  invitationCount: number;
  createdAt: string;
}

export interface RfqList {
  data: RfqSummary[];
  nextCursor: string | null;
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

export interface InvitedSupplier {
  id: string;
  legalName: string | null;
  tradeName: string | null;
  claimed: boolean;
  verificationLevel: string;
  location: { state: string; stateCode: string; municipality: string | null; lat: number; lon: number } | null;
}

export interface RfqInvitation {
  id: string;
  supplier: InvitedSupplier;
  source: 'match' | 'buyer';
  rank: number | null;
  score: number | null;
  explanation: ExplanationResponse | null;
  state: 'invited' | 'declined';
  declineReason: DeclineReason | null;
  declineNote: string | null;
  declinedAt: string | null;
  notifiedAt: string | null;
  createdAt: string;
}

export interface RfqInvitationList {
  data: RfqInvitation[];
  declines: Record<DeclineReason, number>;
}

export interface RfqLineInput {
  partName: string;
  partNumber?: string;
  notes?: string;
  processes: string[];
  materials: string[];
  quantities: number[];
  unit: RfqUnit;
  unitsPerTruckload?: number;
}

/** The body of POST /rfqs and (partial, with the amendment's note) PATCH /rfqs/{rfqId}. */
export interface RfqInput {
  title: string;
  description?: string;
  descriptionLanguage?: 'en' | 'es';
  lines?: RfqLineInput[];
  annualVolume?: number;
  targetUnitPrice?: string;
  currency?: Currency;
  certifications?: string[];
  hsCode?: string;
  deliveryZip?: string;
  incoterm?: Incoterm;
  incotermPlace?: string;
  needBy?: string;
  quoteDeadline?: string;
  ndaRequired?: boolean;
  ndaText?: string;
  visibility?: RfqVisibility;
  quoteCap?: number;
  invitedSupplierIds?: string[];
}

export type RfqPatch = Partial<RfqInput> & { amendmentNote?: string };

const json = { 'Content-Type': 'application/json' };
const rfqPath = '/api/v1/rfqs/{rfqId}';

export const listRfqs = (query: { state?: RfqState; cursor?: string; limit?: number } = {}) => client.get<{ 200: RfqList }, unknown, false>({ url: '/api/v1/rfqs', query });
export const getRfq = (rfqId: string) => client.get<{ 200: Rfq }, unknown, false>({ url: rfqPath, path: { rfqId } });
export const createRfq = (body: RfqInput) => client.post<{ 201: Rfq }, unknown, false>({ url: '/api/v1/rfqs', body, headers: json });
export const updateRfq = (rfqId: string, body: RfqPatch) => client.patch<{ 200: Rfq }, unknown, false>({ url: rfqPath, path: { rfqId }, body, headers: json });
export const publishRfq = (rfqId: string) => client.post<{ 200: Rfq }, unknown, false>({ url: `${rfqPath}/publish`, path: { rfqId } });
export const closeRfq = (rfqId: string) => client.post<{ 200: Rfq }, unknown, false>({ url: `${rfqPath}/close`, path: { rfqId } });
export const cancelRfq = (rfqId: string, reason?: string) => client.post<{ 200: Rfq }, unknown, false>({ url: `${rfqPath}/cancel`, path: { rfqId }, body: reason ? { reason } : {}, headers: json });
export const deleteRfqAttachment = (rfqId: string, attachmentId: string) =>
  client.delete<{ 204: void }, unknown, false>({ url: `${rfqPath}/attachments/{attachmentId}`, path: { rfqId, attachmentId } });
export const listRfqQuestions = (rfqId: string) => client.get<{ 200: { data: RfqQuestion[] } }, unknown, false>({ url: `${rfqPath}/questions`, path: { rfqId } });
export const answerRfqQuestion = (rfqId: string, questionId: string, body: { answer: string; public: boolean }) =>
  client.post<{ 200: RfqQuestion }, unknown, false>({ url: `${rfqPath}/questions/{questionId}/answer`, path: { rfqId, questionId }, body, headers: json });
export const listRfqInvitations = (rfqId: string) => client.get<{ 200: RfqInvitationList }, unknown, false>({ url: `${rfqPath}/invitations`, path: { rfqId } });

const apiError = (status: number, statusText: string, body: unknown): ApiRequestError =>
  new ApiRequestError(status, (body as { error?: ApiError } | null)?.error ?? { code: 'INTERNAL_ERROR', message: statusText, details: [], requestId: '' });

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
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ kind, name: file.name.slice(0, 300), ...(lineId ? { lineId } : {}) });
    xhr.open('POST', `/api/v1/rfqs/${encodeURIComponent(rfqId)}/attachments?${query.toString()}`);
    if (accessToken) xhr.setRequestHeader('authorization', `Bearer ${accessToken}`);
    xhr.setRequestHeader('accept-language', language);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as RfqAttachment);
        return;
      }
      reject(apiError(xhr.status, xhr.statusText, body));
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(file);
  });
}

/** GET the attachment with the bearer token (a plain link carries none) and hand it to the browser under its name. */
export async function downloadRfqAttachment({ rfqId, attachment, accessToken, language }: { rfqId: string; attachment: Pick<RfqAttachment, 'id' | 'fileName'>; accessToken: string | null; language: string }): Promise<void> {
  const headers: Record<string, string> = { 'accept-language': language };
  if (accessToken) headers['authorization'] = `Bearer ${accessToken}`;
  const response = await fetch(`/api/v1/rfqs/${encodeURIComponent(rfqId)}/attachments/${encodeURIComponent(attachment.id)}`, { headers });
  if (!response.ok) throw apiError(response.status, response.statusText, await response.json().catch(() => null));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = attachment.fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
