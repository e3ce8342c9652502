import { Inject, Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, checkUpload, Clock, FILE_STORAGE, randomFileKey, type FileStorage } from '@puente/platform';
import { DataSource } from 'typeorm';
import { RfqReadAccess } from '../access/rfq-read-access';
import { rfqNotFound } from '../access/rfq-not-found';
import { attachmentFileName } from '../attachments/attachment-file-name';
import type { AttachmentDownload } from '../attachments/rfq-attachments.service';
import { QuoteAttachment } from '../entities/quote-attachment.entity';
import { Rfq } from '../entities/rfq.entity';
import { assertOpenForWrites } from '../rfqs/assert-open-for-writes';
import { QuoteReadsService } from './quote-reads.service';
import { QUOTE_SETTINGS, type QuoteSettings } from './quote-settings';
import { quoteAttachmentView } from './quote-view';
import type { QuoteAttachmentView } from './quote-views';
import { quotingSupplier } from './quoting-supplier';

/**
 * A supplier's own quote documents (PDF only, checked by their bytes, stored through FileStorage under
 * random keys), uploaded while the RFQ is open, before or after the first quote; a revision lists the ones
 * it carries. Downloaded by whoever may read the quote, the buyer only once unsealed.
 */
@Injectable()
export class QuoteAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(QUOTE_SETTINGS) private readonly settings: QuoteSettings,
    private readonly access: RfqReadAccess,
    private readonly reads: QuoteReadsService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async add(principal: Principal, rfqId: string, upload: { name?: string; bytes: Buffer }, origin: RequestOrigin): Promise<QuoteAttachmentView> {
    const checked = checkUpload({ bytes: upload.bytes, allowed: ['pdf'], maxBytes: this.settings.attachmentMaxBytes });
    const key = randomFileKey('quote-attachments');
    // Stored first, so a committed row always has its bytes; a failed transaction removes them again.
    await this.storage.put(key, upload.bytes, checked.contentType);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The RFQ's lock serializes uploads of one organization, so the count below holds.
        const rfq = await manager.findOne(Rfq, { where: { id: rfqId }, lock: { mode: 'pessimistic_write' } });
        if (!rfq) throw rfqNotFound();
        const reading = await this.access.resolve(principal, rfqId, manager);
        await quotingSupplier(manager, principal.organizationId);
        if (reading.gated) {
          throw new AppError('RFQ_NDA_REQUIRED', { details: [{ field: 'rfqId', issue: 'nda_not_accepted', message: `accept version ${rfq.ndaVersion} of the NDA first` }] });
        }
        const now = this.clock.now();
        assertOpenForWrites(rfq, now);
        const count = await manager.countBy(QuoteAttachment, { rfqId, organizationId: principal.organizationId });
        if (count >= this.settings.attachmentMaxCount) {
          const max = this.settings.attachmentMaxCount;
          throw new AppError('RFQ_ATTACHMENT_LIMIT', {
            message: { en: `Your quote already has ${max} documents, as many as it may have.`, es: `Tu cotización ya tiene ${max} documentos, el máximo permitido.` },
            details: [{ field: 'file', issue: 'too_many', message: `a quote holds at most ${max} documents` }],
          });
        }
        const attachment = manager.create(QuoteAttachment, {
          rfqId,
          organizationId: principal.organizationId,
          storageKey: key,
          fileName: attachmentFileName(upload.name, 'quote.pdf'),
          fileType: checked.type,
          contentType: checked.contentType,
          sizeBytes: checked.size,
          uploadedBy: principal.userId,
          createdAt: now,
        });
        await manager.save(QuoteAttachment, attachment);
        await this.audit.record(manager, {
          action: 'quote.attachment_added',
          actor: principal,
          organizationId: principal.organizationId,
          target: { type: 'rfq', id: rfqId },
          after: { attachmentId: attachment.id, fileType: attachment.fileType, sizeBytes: attachment.sizeBytes },
          ip: origin.ip,
        });
        return quoteAttachmentView(attachment);
      });
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  /**
   * The quote's read rule first (404, or 403 QUOTES_SEALED for its buyer while sealed). The quoting
   * organization downloads any document it uploaded for the RFQ; others only one a revision carries.
   */
  async download(principal: Principal, quoteId: string, attachmentId: string): Promise<AttachmentDownload> {
    const quote = await this.reads.readableQuote(principal, quoteId);
    const manager = this.dataSource.manager;
    const attachment = await manager.findOneBy(QuoteAttachment, { id: attachmentId, rfqId: quote.rfqId, organizationId: quote.supplierOrganizationId });
    const own = quote.supplierOrganizationId === principal.organizationId;
    const carried =
      attachment !== null &&
      (own ||
        (await manager.query(`SELECT 1 FROM quote_revisions WHERE quote_id = $1 AND content->'attachmentIds' ? $2 LIMIT 1`, [quote.id, attachment.id])).length > 0);
    const stored = attachment && carried ? await this.storage.get(attachment.storageKey) : null;
    if (!attachment || !stored) throw new AppError('NOT_FOUND', { details: [{ field: 'attachmentId', issue: 'not_found', message: 'attachmentId not found' }] });
    return { bytes: stored.bytes, contentType: attachment.contentType, name: attachment.fileName };
  }
}
