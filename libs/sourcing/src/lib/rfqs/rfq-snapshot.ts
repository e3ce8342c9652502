import type { RfqAttachment } from '../entities/rfq-attachment.entity';
import type { RfqLine } from '../entities/rfq-line.entity';
import type { RfqFieldChange } from '../entities/rfq-version.entity';
import type { Rfq } from '../entities/rfq.entity';

/** The RFQ as suppliers see it at one version, before any NDA gate: what rfq_versions.data holds. */
export interface RfqSnapshot {
  title: string;
  description: string;
  descriptionLanguage: 'en' | 'es';
  lines: Array<{
    partName: string;
    partNumber: string | null;
    notes: string | null;
    processes: string[];
    materials: string[];
    quantities: number[];
    unit: string;
    unitsPerTruckload: number | null;
  }>;
  annualVolume: number | null;
  targetUnitPrice: string | null;
  currency: string;
  certifications: string[];
  hsCode: string | null;
  deliveryZip: string | null;
  incoterm: string | null;
  incotermPlace: string | null;
  needBy: string | null;
  quoteDeadline: string | null;
  ndaRequired: boolean;
  ndaText: string | null;
  visibility: string;
  bidding: string;
  quoteCap: number | null;
  invitedSupplierIds: string[];
  attachments: Array<{ id: string; fileName: string; kind: string; lineId: string | null }>;
}

export function rfqSnapshot(rfq: Rfq, lines: readonly RfqLine[], attachments: readonly RfqAttachment[]): RfqSnapshot {
  return {
    title: rfq.title,
    description: rfq.description,
    descriptionLanguage: rfq.descriptionLanguage,
    lines: [...lines]
      .sort((a, b) => a.position - b.position)
      .map((line) => ({
        partName: line.partName,
        partNumber: line.partNumber,
        notes: line.notes,
        processes: line.processes,
        materials: line.materials,
        quantities: line.quantities,
        unit: line.unit,
        unitsPerTruckload: line.unitsPerTruckload,
      })),
    annualVolume: rfq.annualVolume,
    targetUnitPrice: rfq.targetUnitPrice,
    currency: rfq.currency,
    certifications: rfq.certifications,
    hsCode: rfq.hsCode,
    deliveryZip: rfq.deliveryZip,
    incoterm: rfq.incoterm,
    incotermPlace: rfq.incotermPlace,
    needBy: rfq.needBy,
    quoteDeadline: rfq.quoteDeadline?.toISOString() ?? null,
    ndaRequired: rfq.ndaRequired,
    ndaText: rfq.ndaText,
    visibility: rfq.visibility,
    bidding: rfq.bidding,
    quoteCap: rfq.quoteCap,
    invitedSupplierIds: rfq.buyerPicks,
    attachments: attachments.map((file) => ({ id: file.id, fileName: file.fileName, kind: file.kind, lineId: file.lineId })),
  };
}

/**
 * What moved between two versions, field by field; lines compared position by position (`lines[1].quantities`),
 * a line added or removed as a whole (`lines[2]`).
 */
export function snapshotChanges(before: RfqSnapshot, after: RfqSnapshot): RfqFieldChange[] {
  const changes: RfqFieldChange[] = [];
  for (const key of Object.keys(after) as Array<keyof RfqSnapshot>) {
    if (key === 'lines') continue;
    if (!same(before[key], after[key])) changes.push({ field: key, before: before[key], after: after[key] });
  }
  const count = Math.max(before.lines.length, after.lines.length);
  for (let index = 0; index < count; index += 1) {
    const [was, is] = [before.lines[index], after.lines[index]];
    if (!was || !is) {
      changes.push({ field: `lines[${index}]`, before: was ?? null, after: is ?? null });
      continue;
    }
    for (const key of Object.keys(is) as Array<keyof typeof is>) {
      if (!same(was[key], is[key])) changes.push({ field: `lines[${index}].${key}`, before: was[key], after: is[key] });
    }
  }
  return changes;
}

/** The fields a supplier behind the NDA gate may read, so its list of amendments shows only those. */
const UNGATED = /^(?:title|quoteDeadline|visibility|ndaRequired|ndaText|lines\[\d+\]\.(?:processes|quantities|unit))$/;
const WHOLE_LINE = /^lines\[\d+\]$/;

export function gatedChanges(changes: readonly RfqFieldChange[]): RfqFieldChange[] {
  return changes.flatMap((change) => {
    if (UNGATED.test(change.field)) return [change];
    if (WHOLE_LINE.test(change.field)) return [{ field: change.field, before: ungatedLine(change.before), after: ungatedLine(change.after) }];
    return [];
  });
}

function ungatedLine(line: unknown): unknown {
  if (!line || typeof line !== 'object') return null;
  const { processes, quantities, unit } = line as RfqSnapshot['lines'][number];
  return { processes, quantities, unit };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
