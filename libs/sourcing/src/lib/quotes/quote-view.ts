import type { QuoteAttachment } from '../entities/quote-attachment.entity';
import type { QuoteRevision } from '../entities/quote-revision.entity';
import type { Quote } from '../entities/quote.entity';
import type { RfqLine } from '../entities/rfq-line.entity';
import type { Rfq } from '../entities/rfq.entity';
import type { QuoteLineContent } from './quote-content';
import { decimalSum, extendedPrice } from './quote-decimal';
import type { QuoteAttachmentView, QuoteLineView, QuotePlantView, QuoteReceiptView, QuoteRevisionView, QuoteSupplierView, QuoteView } from './quote-views';

/** What revisions refer to, looked up once for every quote being shown. */
export interface QuoteReferences {
  lines: ReadonlyMap<string, RfqLine>;
  plants: ReadonlyMap<string, QuotePlantView>;
  attachments: ReadonlyMap<string, QuoteAttachment>;
}

export interface QuoteViewParts {
  quote: Quote;
  rfq: Rfq;
  buyerName: string;
  supplier: QuoteSupplierView;
  /** Every revision of the quote. */
  revisions: readonly QuoteRevision[];
  references: QuoteReferences;
}

/** A quote in full, its revisions newest first, each resolved against the RFQ's lines and the supplier's plants. */
export function quoteView({ quote, rfq, buyerName, supplier, revisions, references }: QuoteViewParts): QuoteView {
  const history = [...revisions].sort((a, b) => b.revision - a.revision).map((revision) => revisionView(revision, references));
  const current = history.find((revision) => revision.revision === quote.revision);
  if (!current) throw new Error(`quote ${quote.id} has no revision ${quote.revision}`);
  return {
    id: quote.id,
    rfqId: rfq.id,
    rfqTitle: rfq.title,
    buyer: { organizationId: rfq.buyerOrganizationId, name: buyerName },
    rfqVersion: rfq.version,
    state: quote.state,
    revision: quote.revision,
    currency: quote.currency,
    supplier,
    submittedAt: quote.submittedAt.toISOString(),
    revisedAt: quote.revisedAt.toISOString(),
    withdrawnAt: quote.withdrawnAt?.toISOString() ?? null,
    current,
    revisions: history,
  };
}

/** Who quoted and when, without a word of what: the buyer's view while the quotes are sealed. */
export function quoteReceiptView(quote: Quote, supplier: QuoteSupplierView): QuoteReceiptView {
  return {
    quoteId: quote.id,
    supplier,
    state: quote.state,
    revision: quote.revision,
    submittedAt: quote.submittedAt.toISOString(),
    revisedAt: quote.revisedAt.toISOString(),
    withdrawnAt: quote.withdrawnAt?.toISOString() ?? null,
  };
}

export function revisionView(revision: QuoteRevision, references: QuoteReferences): QuoteRevisionView {
  const { content } = revision;
  return {
    revision: revision.revision,
    rfqVersion: revision.rfqVersion,
    createdAt: revision.createdAt.toISOString(),
    currency: content.currency,
    lines: content.lines.map((line, index) => lineView(line, index, references.lines.get(line.rfqLineId))),
    tooling: content.tooling.map((entry) => ({ ...entry, rfqLineIds: [...entry.rfqLineIds] })),
    toolingTotal: decimalSum(content.tooling.map((entry) => entry.cost)),
    leadTime: { ...content.leadTime },
    validUntil: content.validUntil,
    delivery: { incoterm: content.delivery.incoterm, place: content.delivery.place, plant: references.plants.get(content.delivery.plantId) ?? null },
    origin: { ...content.origin },
    notes: content.notes,
    attachments: content.attachmentIds.flatMap((id) => {
      const file = references.attachments.get(id);
      return file ? [quoteAttachmentView(file)] : [];
    }),
  };
}

/** A line the RFQ no longer has (an amendment removed it) keeps its place in the quote, without a name. */
function lineView(line: QuoteLineContent, index: number, rfqLine: RfqLine | undefined): QuoteLineView {
  return {
    rfqLineId: line.rfqLineId,
    position: rfqLine?.position ?? index,
    partName: rfqLine?.partName ?? null,
    unit: rfqLine?.unit ?? '',
    declineReason: line.declineReason,
    minimumOrder: line.minimumOrder,
    breaks: line.breaks.map((entry) => ({
      quantity: entry.quantity,
      unitPrice: entry.unitPrice,
      extendedPrice: entry.unitPrice === null ? null : extendedPrice(entry.unitPrice, entry.quantity),
      declineReason: entry.declineReason,
    })),
  };
}

export function quoteAttachmentView(file: QuoteAttachment): QuoteAttachmentView {
  return { id: file.id, fileName: file.fileName, fileType: file.fileType, sizeBytes: file.sizeBytes, createdAt: file.createdAt.toISOString() };
}
