/** What the RFQ services read from the process's configuration. */
export interface RfqSettings {
  /** PUBLIC_WEB_URL: notices link into the web app here. */
  publicWebUrl: string;
  /** RFQ_ATTACHMENT_MAX_BYTES: the largest drawing or specification (413 UPLOAD_TOO_LARGE above it). */
  attachmentMaxBytes: number;
  /** RFQ_ATTACHMENT_MAX_COUNT: files one RFQ may hold (409 RFQ_ATTACHMENT_LIMIT past it). */
  attachmentMaxCount: number;
}

export const RFQ_SETTINGS = Symbol('RFQ_SETTINGS');

/** The web app's page of an RFQ: the buyer's (`/rfqs/{id}`) or a supplier's (`/opportunities/{id}`). */
export function rfqUrl(settings: Pick<RfqSettings, 'publicWebUrl'>, audience: 'buyer' | 'supplier', rfqId: string): string {
  const base = settings.publicWebUrl.replace(/\/$/, '');
  return `${base}/${audience === 'buyer' ? 'rfqs' : 'opportunities'}/${rfqId}`;
}
