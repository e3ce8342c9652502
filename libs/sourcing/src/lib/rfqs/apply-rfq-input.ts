import { understandQuery } from '@puente/search';
import type { EntityManager } from 'typeorm';
import { RfqLine } from '../entities/rfq-line.entity';
import type { Rfq } from '../entities/rfq.entity';
import type { RfqInput, RfqLineInput } from './rfq-input';

/** Copies the fields the buyer sent onto the RFQ (not saved); a description without a language gets the one it reads in. */
export function applyRfqInput(rfq: Rfq, input: RfqInput): void {
  if (input.title !== undefined) rfq.title = input.title.trim();
  if (input.description !== undefined) {
    rfq.description = input.description;
    rfq.descriptionLanguage = input.descriptionLanguage ?? detectedLanguage(input.description) ?? rfq.descriptionLanguage;
  } else if (input.descriptionLanguage !== undefined) {
    rfq.descriptionLanguage = input.descriptionLanguage;
  }
  if (input.annualVolume !== undefined) rfq.annualVolume = input.annualVolume;
  if (input.targetUnitPrice !== undefined) rfq.targetUnitPrice = input.targetUnitPrice;
  if (input.currency !== undefined) rfq.currency = input.currency;
  if (input.certifications !== undefined) rfq.certifications = [...new Set(input.certifications)];
  if (input.hsCode !== undefined) rfq.hsCode = input.hsCode;
  if (input.deliveryZip !== undefined) rfq.deliveryZip = input.deliveryZip;
  if (input.incoterm !== undefined) rfq.incoterm = input.incoterm;
  if (input.incotermPlace !== undefined) rfq.incotermPlace = input.incotermPlace;
  if (input.needBy !== undefined) rfq.needBy = input.needBy;
  if (input.quoteDeadline !== undefined) rfq.quoteDeadline = input.quoteDeadline === null ? null : new Date(input.quoteDeadline);
  if (input.ndaRequired !== undefined) rfq.ndaRequired = input.ndaRequired;
  if (input.ndaText !== undefined) rfq.ndaText = input.ndaText;
  if (input.visibility !== undefined) rfq.visibility = input.visibility;
  if (input.bidding !== undefined) rfq.bidding = input.bidding;
  if (input.quoteCap !== undefined) rfq.quoteCap = input.quoteCap;
  if (input.invitedSupplierIds !== undefined) rfq.buyerPicks = [...new Set(input.invitedSupplierIds)];
}

/**
 * Replaces the RFQ's lines with the ones sent, position by position: a line that stays keeps its id, so
 * drawings attached to it stay attached. Answers the lines as stored, in order, and sets the RFQ's
 * `processes` (what the feed filters on) to their union.
 */
export async function saveRfqLines(manager: EntityManager, rfq: Rfq, inputs: readonly RfqLineInput[]): Promise<RfqLine[]> {
  const existing = await manager.find(RfqLine, { where: { rfqId: rfq.id }, order: { position: 'ASC' } });
  const extra = existing.slice(inputs.length).map((line) => line.id);
  if (extra.length > 0) await manager.delete(RfqLine, extra);
  const lines = inputs.map((input, position) =>
    manager.create(RfqLine, {
      ...(existing[position] ? { id: existing[position].id } : {}),
      rfqId: rfq.id,
      position,
      partName: input.partName.trim(),
      partNumber: input.partNumber ?? null,
      notes: input.notes ?? null,
      processes: [...new Set(input.processes)],
      materials: [...new Set(input.materials)],
      quantities: input.quantities,
      unit: input.unit,
      unitsPerTruckload: input.unitsPerTruckload ?? null,
    }),
  );
  const saved = await manager.save(RfqLine, lines);
  rfq.processes = [...new Set(saved.flatMap((line) => line.processes))];
  return saved;
}

function detectedLanguage(text: string): 'en' | 'es' | null {
  if (text.trim() === '') return null;
  const language = understandQuery(text.slice(0, 400)).language;
  return language === 'unknown' ? null : language;
}
