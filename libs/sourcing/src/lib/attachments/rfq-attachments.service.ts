import { Inject, Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, checkUpload, Clock, FILE_STORAGE, randomFileKey, type FileStorage } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { RfqReadAccess } from '../access/rfq-read-access';
import { RfqAttachment } from '../entities/rfq-attachment.entity';
import { RfqLine } from '../entities/rfq-line.entity';
import type { Rfq } from '../entities/rfq.entity';
import type { RfqAttachmentKind } from '../rfq-vocabulary';
import type { RfqAttachmentView } from '../rfq-views';
import { assertOpenForWrites } from '../rfqs/assert-open-for-writes';
import { lockOwnRfq } from '../rfqs/own-rfq';
import { RfqPublication } from '../rfqs/rfq-publication';
import { RFQ_SETTINGS, type RfqSettings } from '../rfqs/rfq-settings';
import { rfqSnapshot } from '../rfqs/rfq-snapshot';
import { assertTransition } from '../rfqs/rfq-transitions';
import { attachmentView } from '../rfqs/rfq-view';
import { attachmentFileName } from './attachment-file-name';
import { RFQ_ATTACHMENT_FILE_TYPES } from './rfq-attachment-types';

export interface AttachmentUpload {
  kind: RfqAttachmentKind;
  name?: string;
  lineId?: string;
  bytes: Buffer;
}

export interface AttachmentDownload {
  bytes: Buffer;
  contentType: string;
  name: string;
}

/**
 * An RFQ's drawings and specifications. Checked by their bytes, stored under random keys through
 * FileStorage, served only to those who may read the RFQ and, behind an NDA, only after its acceptance.
 */
@Injectable()
export class RfqAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(RFQ_SETTINGS) private readonly settings: RfqSettings,
    private readonly access: RfqReadAccess,
    private readonly publication: RfqPublication,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The buyer adds a file to a draft, or to an open RFQ as an amendment (change `attachments`). */
  async add(principal: Principal, rfqId: string, upload: AttachmentUpload, origin: RequestOrigin): Promise<RfqAttachmentView> {
    const checked = checkUpload({ bytes: upload.bytes, allowed: RFQ_ATTACHMENT_FILE_TYPES, maxBytes: this.settings.attachmentMaxBytes });
    const key = randomFileKey('rfq-attachments');
    // Stored first, so a committed row always has its bytes; a failed transaction removes them again.
    await this.storage.put(key, upload.bytes, checked.contentType);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rfq = await lockOwnRfq(manager, principal, rfqId);
        assertTransition('attach', rfq.state);
        if (rfq.state === 'open') {
          assertOpenForWrites(rfq, this.clock.now());
          if (!principal.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
        }
        const lines = await manager.find(RfqLine, { where: { rfqId }, order: { position: 'ASC' } });
        if (upload.lineId !== undefined && !lines.some((line) => line.id === upload.lineId)) {
          throw new AppError('VALIDATION_FAILED', { details: [{ field: 'lineId', issue: 'unknown_line', message: 'lineId must be a line of this request for quote' }] });
        }
        const existing = await manager.find(RfqAttachment, { where: { rfqId }, order: { createdAt: 'ASC', id: 'ASC' } });
        if (existing.length >= this.settings.attachmentMaxCount) {
          throw new AppError('RFQ_ATTACHMENT_LIMIT', {
            details: [{ field: 'file', issue: 'too_many', message: `a request for quote holds at most ${this.settings.attachmentMaxCount} files` }],
          });
        }
        const before = rfqSnapshot(rfq, lines, existing);
        const attachment = manager.create(RfqAttachment, {
          rfqId,
          lineId: upload.lineId ?? null,
          kind: upload.kind,
          storageKey: key,
          fileName: attachmentFileName(upload.name, `${upload.kind}.${checked.type}`),
          fileType: checked.type,
          contentType: checked.contentType,
          sizeBytes: checked.size,
          uploadedBy: principal.userId,
          createdAt: this.clock.now(),
        });
        await manager.save(RfqAttachment, attachment);
        await this.record(manager, rfq, principal, 'rfq.attachment_added', attachment, origin);
        if (rfq.state === 'open') await this.publication.amend(manager, rfq, before, lines, [...existing, attachment], null, principal, origin.ip);
        return attachmentView(attachment);
      });
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  /** 404 unless the caller may read the RFQ; 403 RFQ_NDA_REQUIRED for a supplier that has not accepted its NDA. */
  async download(principal: Principal, rfqId: string, attachmentId: string): Promise<AttachmentDownload> {
    const manager = this.dataSource.manager;
    const reading = await this.access.resolve(principal, rfqId, manager);
    if (reading.gated) {
      throw new AppError('RFQ_NDA_REQUIRED', { details: [{ field: 'rfqId', issue: 'nda_not_accepted', message: `accept version ${reading.rfq.ndaVersion} of the NDA first` }] });
    }
    const attachment = await manager.findOneBy(RfqAttachment, { id: attachmentId, rfqId });
    const stored = attachment ? await this.storage.get(attachment.storageKey) : null;
    if (!attachment || !stored) throw new AppError('NOT_FOUND', { details: [{ field: 'attachmentId', issue: 'not_found', message: 'attachmentId not found' }] });
    return { bytes: stored.bytes, contentType: attachment.contentType, name: attachment.fileName };
  }

  /** Drafts only: once published, a file may already be in a supplier's hands. */
  async remove(principal: Principal, rfqId: string, attachmentId: string, origin: RequestOrigin): Promise<void> {
    const key = await this.dataSource.transaction(async (manager) => {
      const rfq = await lockOwnRfq(manager, principal, rfqId);
      const attachment = await manager.findOneBy(RfqAttachment, { id: attachmentId, rfqId });
      if (!attachment) throw new AppError('NOT_FOUND', { details: [{ field: 'attachmentId', issue: 'not_found', message: 'attachmentId not found' }] });
      assertTransition('detach', rfq.state);
      await manager.delete(RfqAttachment, { id: attachmentId });
      await this.record(manager, rfq, principal, 'rfq.attachment_removed', attachment, origin);
      return attachment.storageKey;
    });
    // After the commit: a failed delete leaves an unreferenced file, never a row without its bytes.
    await this.storage.delete(key);
  }

  private record(manager: EntityManager, rfq: Rfq, principal: Principal, action: string, attachment: RfqAttachment, origin: RequestOrigin): Promise<void> {
    return this.audit.record(manager, {
      action,
      actor: principal,
      organizationId: rfq.buyerOrganizationId,
      target: { type: 'rfq', id: rfq.id },
      after: { attachmentId: attachment.id, kind: attachment.kind, fileType: attachment.fileType, sizeBytes: attachment.sizeBytes },
      ip: origin.ip,
    });
  }
}
