import { findUsZip } from '@puente/catalog';
import type { RfqReading } from '../access/rfq-read-access';
import type { Quote } from '../entities/quote.entity';
import type { RfqAttachment } from '../entities/rfq-attachment.entity';
import type { RfqInvitation } from '../entities/rfq-invitation.entity';
import type { RfqLine } from '../entities/rfq-line.entity';
import type { RfqVersion } from '../entities/rfq-version.entity';
import type { RfqAttachmentView, RfqLineAwardView, RfqLineView, RfqView } from '../rfq-views';
import { gatedChanges } from './rfq-snapshot';

export interface RfqViewParts {
  reading: RfqReading;
  buyerName: string;
  lines: readonly RfqLine[];
  attachments: readonly RfqAttachment[];
  /** Versions after the first. */
  amendments: readonly RfqVersion[];
  /** The reading supplier's own invitation. */
  invitation: RfqInvitation | null;
  /** The reading supplier organization's own quote. */
  ownQuote: Quote | null;
  /** The RFQ's awards, for the buyer and admins ([] for a supplier). */
  awards: RfqLineAwardView[];
}

/**
 * The RFQ as its reader may see it. Behind the NDA gate a supplier keeps the title, the lines' processes,
 * quantities and units, the deadline, the visibility and the NDA's text; everything else is null or empty.
 */
export function rfqView({ reading, buyerName, lines, attachments, amendments, invitation, ownQuote, awards }: RfqViewParts): RfqView {
  const { rfq, role, gated } = reading;
  const open = <T>(value: T, hidden: T): T => (gated ? hidden : value);
  const zip = rfq.deliveryZip ? findUsZip(rfq.deliveryZip) : undefined;
  return {
    id: rfq.id,
    state: rfq.state,
    version: rfq.version,
    readerRole: role,
    gated,
    buyer: { organizationId: rfq.buyerOrganizationId, name: buyerName },
    title: rfq.title,
    description: open(rfq.description, null),
    descriptionLanguage: rfq.descriptionLanguage,
    lines: [...lines].sort((a, b) => a.position - b.position).map((line) => lineView(line, gated)),
    annualVolume: open(rfq.annualVolume, null),
    targetUnitPrice: open(rfq.targetUnitPrice, null),
    currency: rfq.currency,
    certifications: open(rfq.certifications, []),
    hsCode: open(rfq.hsCode, null),
    deliveryZip: open(rfq.deliveryZip, null),
    deliveryPlace: open(zip ? `${zip.city}, ${zip.state}` : null, null),
    incoterm: open(rfq.incoterm, null),
    incotermPlace: open(rfq.incotermPlace, null),
    needBy: open(rfq.needBy, null),
    quoteDeadline: rfq.quoteDeadline?.toISOString() ?? null,
    nda: {
      required: rfq.ndaRequired,
      text: rfq.ndaText,
      version: rfq.ndaVersion,
      accepted: role === 'supplier' ? !gated && rfq.ndaRequired : null,
      acceptedAt: role === 'supplier' ? (reading.ndaAcceptedAt?.toISOString() ?? null) : null,
    },
    visibility: rfq.visibility,
    bidding: rfq.bidding,
    quoteCap: open(rfq.quoteCap, null),
    invitedSupplierIds: role === 'supplier' ? [] : rfq.buyerPicks,
    attachments: open(attachments.map(attachmentView), []),
    amendments: [...amendments]
      .sort((a, b) => b.version - a.version)
      .map((version) => ({
        version: version.version,
        createdAt: version.createdAt.toISOString(),
        note: open(version.note, null),
        changes: gated ? gatedChanges(version.changes) : version.changes,
      })),
    invitation: invitation
      ? { id: invitation.id, state: invitation.state, declineReason: invitation.declineReason, createdAt: invitation.createdAt.toISOString() }
      : null,
    quote: ownQuote ? { id: ownQuote.id, state: ownQuote.state, revision: ownQuote.revision, revisedAt: ownQuote.revisedAt.toISOString() } : null,
    awards,
    publishedAt: rfq.publishedAt?.toISOString() ?? null,
    closedAt: rfq.closedAt?.toISOString() ?? null,
    closedReason: rfq.closedReason,
    cancelledAt: rfq.cancelledAt?.toISOString() ?? null,
    cancelReason: rfq.cancelReason,
    awardedAt: rfq.awardedAt?.toISOString() ?? null,
    createdAt: rfq.createdAt.toISOString(),
    updatedAt: rfq.updatedAt.toISOString(),
  };
}

function lineView(line: RfqLine, gated: boolean): RfqLineView {
  return {
    id: line.id,
    position: line.position,
    partName: gated ? null : line.partName,
    partNumber: gated ? null : line.partNumber,
    notes: gated ? null : line.notes,
    processes: line.processes,
    materials: gated ? [] : line.materials,
    quantities: line.quantities,
    unit: line.unit,
    unitsPerTruckload: gated ? null : line.unitsPerTruckload,
  };
}

export function attachmentView(file: RfqAttachment): RfqAttachmentView {
  return {
    id: file.id,
    lineId: file.lineId,
    kind: file.kind,
    fileName: file.fileName,
    fileType: file.fileType,
    sizeBytes: file.sizeBytes,
    createdAt: file.createdAt.toISOString(),
  };
}
