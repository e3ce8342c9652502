import { Injectable } from '@nestjs/common';
import type { VerificationLevel } from '@puente/suppliers';
import { In, type EntityManager } from 'typeorm';
import { QuoteAttachment } from '../entities/quote-attachment.entity';
import { QuoteRevision } from '../entities/quote-revision.entity';
import type { Quote } from '../entities/quote.entity';
import { RfqLine } from '../entities/rfq-line.entity';
import type { Rfq } from '../entities/rfq.entity';
import { quoteView, type QuoteReferences } from './quote-view';
import type { QuotePlantView, QuoteSupplierView, QuoteView } from './quote-views';
import { SUPPLIER_NAME_SQL } from './quoting-supplier';

/**
 * Reads what QuoteViews show besides the quote rows: revisions, the RFQ's lines, the buyer's and the
 * suppliers' names, plants and quote documents. The caller has decided who may read the quotes it passes.
 */
@Injectable()
export class QuoteViewLoader {
  /** Quotes of one RFQ, in full. One query per kind of thing, not per quote. */
  async views(manager: EntityManager, rfq: Rfq, quotes: readonly Quote[]): Promise<QuoteView[]> {
    if (quotes.length === 0) return [];
    const [buyer]: Array<{ name: string }> = await manager.query('SELECT name FROM organizations WHERE id = $1', [rfq.buyerOrganizationId]);
    const suppliers = await this.suppliers(manager, quotes);
    const revisions = await manager.find(QuoteRevision, { where: { quoteId: In(quotes.map((quote) => quote.id)) } });
    const references = await this.references(manager, rfq.id, revisions);
    return quotes.map((quote, index) =>
      quoteView({
        quote,
        rfq,
        buyerName: buyer?.name ?? '',
        supplier: suppliers[index],
        revisions: revisions.filter((revision) => revision.quoteId === quote.id),
        references,
      }),
    );
  }

  /** Each quote's supplier as it reads now, in the quotes' order. */
  async suppliers(manager: EntityManager, quotes: readonly Quote[]): Promise<QuoteSupplierView[]> {
    const rows: Array<{ quote_id: string; verification_level: VerificationLevel; name: string }> = await manager.query(
      `SELECT q.id AS quote_id, p.verification_level, ${SUPPLIER_NAME_SQL} AS name
         FROM quotes q JOIN supplier_profiles p ON p.id = q.supplier_id JOIN organizations o ON o.id = q.supplier_organization_id
        WHERE q.id = ANY($1::uuid[])`,
      [quotes.map((quote) => quote.id)],
    );
    const byQuote = new Map(rows.map((row) => [row.quote_id, row]));
    return quotes.map((quote) => {
      const row = byQuote.get(quote.id);
      return { organizationId: quote.supplierOrganizationId, supplierId: quote.supplierId, name: row?.name ?? '', verificationLevel: row?.verification_level ?? 'unverified' };
    });
  }

  private async references(manager: EntityManager, rfqId: string, revisions: readonly QuoteRevision[]): Promise<QuoteReferences> {
    const lines = await manager.find(RfqLine, { where: { rfqId } });
    const plantIds = [...new Set(revisions.map((revision) => revision.content.delivery.plantId))];
    const plants: Array<{ id: string; name: string; state: string; state_code: string; municipality: string | null }> = await manager.query(
      'SELECT id, name, state, state_code, municipality FROM supplier_plants WHERE id = ANY($1::uuid[])',
      [plantIds],
    );
    const attachmentIds = [...new Set(revisions.flatMap((revision) => revision.content.attachmentIds))];
    const attachments = attachmentIds.length > 0 ? await manager.find(QuoteAttachment, { where: { id: In(attachmentIds), rfqId } }) : [];
    return {
      lines: new Map(lines.map((line) => [line.id, line])),
      plants: new Map(
        plants.map((plant): [string, QuotePlantView] => [plant.id, { id: plant.id, name: plant.name, state: plant.state, stateCode: plant.state_code, municipality: plant.municipality }]),
      ),
      attachments: new Map(attachments.map((file) => [file.id, file])),
    };
  }
}
