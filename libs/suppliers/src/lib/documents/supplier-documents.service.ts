import { Inject, Injectable } from '@nestjs/common';
import { AuditLog, isAdmin, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, assertWithinUploadQuota, checkUpload, Clock, FILE_STORAGE, randomFileKey, type FileStorage, type FileType } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { SupplierDocument, type DocumentKind } from '../entities/supplier-document.entity';
import { SupplierProfile } from '../entities/supplier-profile.entity';
import { documentView, type DocumentView } from '../profile/profile-views';
import { SupplierProfileService } from '../profile/supplier-profile.service';
import { SUPPLIERS_SETTINGS, type SuppliersSettings } from '../suppliers-settings';
import { displayName } from './display-name';

/** Photos are images; certificates, audit reports and other documents may also be PDFs. */
const ALLOWED: Record<DocumentKind, readonly FileType[]> = {
  certificate: ['pdf', 'png', 'jpeg', 'webp'],
  photo: ['png', 'jpeg', 'webp'],
  audit_report: ['pdf', 'png', 'jpeg', 'webp'],
  other: ['pdf', 'png', 'jpeg', 'webp'],
};

export interface DocumentUpload {
  kind: DocumentKind;
  name?: string;
  bytes: Buffer;
}

export interface DocumentDownload {
  bytes: Buffer;
  contentType: string;
  name: string;
}

/**
 * A supplier's stored files. Checked by their bytes (type, size, the organization's quota), stored
 * under a random key, read back only through the routes that check who asks.
 */
@Injectable()
export class SupplierDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(SUPPLIERS_SETTINGS) private readonly settings: SuppliersSettings,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly profiles: SupplierProfileService,
  ) {}

  /** The supplier's own upload. */
  async uploadOwn(principal: Principal, upload: DocumentUpload, origin: RequestOrigin): Promise<DocumentView> {
    if (upload.kind === 'audit_report') {
      throw new AppError('FORBIDDEN', { details: [{ field: 'kind', issue: 'admin_only', message: 'audit reports are attached by Puente admins' }] });
    }
    return this.upload(principal, principal.organizationId, upload, origin);
  }

  /** An admin attaches a document (an audit report after a site visit) to a supplier. */
  async uploadForSupplier(admin: Principal, supplierId: string, upload: DocumentUpload, origin: RequestOrigin): Promise<DocumentView> {
    const profile = await this.dataSource.manager.findOneBy(SupplierProfile, { id: supplierId });
    if (!profile) throw notFound('supplierId');
    if (profile.organizationId === null) {
      throw new AppError('LISTING_UNCLAIMED', { details: [{ field: 'supplierId', issue: 'unclaimed', message: 'documents belong to an organization; this listing has none yet' }] });
    }
    return this.upload(admin, profile.organizationId, upload, origin);
  }

  async listOwn(principal: Principal): Promise<DocumentView[]> {
    const rows = await this.dataSource.manager.find(SupplierDocument, { where: { organizationId: principal.organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(documentView);
  }

  /**
   * The bytes of a document, for its own organization and admins; for anyone else only when it is the
   * document of a public certification on the supplier's published profile.
   */
  async download(viewer: Principal | null, documentId: string, supplierId?: string): Promise<DocumentDownload> {
    const manager = this.dataSource.manager;
    const document = await manager.findOneBy(SupplierDocument, { id: documentId });
    if (!document || !(await this.mayRead(manager, viewer, document, supplierId))) throw notFound('documentId');
    const stored = await this.storage.get(document.storageKey);
    if (!stored) throw notFound('documentId');
    return { bytes: stored.bytes, contentType: document.contentType, name: document.displayName };
  }

  async removeOwn(principal: Principal, documentId: string, origin: RequestOrigin): Promise<void> {
    const key = await this.dataSource.transaction(async (manager) => {
      const document = await manager.findOneBy(SupplierDocument, { id: documentId, organizationId: principal.organizationId });
      if (!document) throw notFound('documentId');
      // Certifications that pointed at it lose the link (ON DELETE SET NULL).
      await manager.delete(SupplierDocument, { id: documentId });
      await this.audit.record(manager, {
        action: 'supplier.document_removed',
        actor: { userId: principal.userId, organizationId: principal.organizationId },
        organizationId: document.organizationId,
        target: { type: 'supplier_document', id: documentId },
        before: { kind: document.kind, sizeBytes: document.sizeBytes },
        ip: origin.ip,
      });
      return document.storageKey;
    });
    // After the commit: a failed delete leaves an unreferenced file, never a row without its bytes.
    await this.storage.delete(key);
  }

  private async upload(actor: Principal, organizationId: string, upload: DocumentUpload, origin: RequestOrigin): Promise<DocumentView> {
    const checked = checkUpload({ bytes: upload.bytes, allowed: ALLOWED[upload.kind], maxBytes: this.settings.uploadMaxBytes });
    const key = randomFileKey('supplier-documents');
    // Stored first, so a committed row always has its bytes; a failed transaction removes them again.
    await this.storage.put(key, upload.bytes, checked.contentType);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // One upload at a time per organization, so two parallel uploads cannot both fit the same room.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`supplier-documents:${organizationId}`]);
        const [{ used }] = await manager.query(`SELECT COALESCE(SUM(size_bytes), 0)::bigint AS used FROM supplier_documents WHERE organization_id = $1`, [organizationId]);
        assertWithinUploadQuota({ usedBytes: Number(used), addingBytes: checked.size, quotaBytes: this.settings.uploadQuotaBytes });
        const document = manager.create(SupplierDocument, {
          organizationId,
          kind: upload.kind,
          storageKey: key,
          contentType: checked.contentType,
          sizeBytes: checked.size,
          displayName: displayName(upload.name, `${upload.kind}.${checked.type}`),
          createdBy: actor.userId,
          createdAt: this.clock.now(),
        });
        await manager.save(SupplierDocument, document);
        await this.audit.record(manager, {
          action: 'supplier.document_uploaded',
          actor: { userId: actor.userId, organizationId: actor.organizationId },
          organizationId,
          target: { type: 'supplier_document', id: document.id },
          after: { kind: document.kind, contentType: document.contentType, sizeBytes: document.sizeBytes },
          ip: origin.ip,
        });
        if (document.kind === 'audit_report') await this.profiles.refreshVerification(manager, organizationId);
        return documentView(document);
      });
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  private async mayRead(manager: EntityManager, viewer: Principal | null, document: SupplierDocument, supplierId: string | undefined): Promise<boolean> {
    if (viewer && (isAdmin(viewer) || viewer.organizationId === document.organizationId)) return true;
    if (!supplierId) return false;
    const profile = await manager.findOneBy(SupplierProfile, { id: supplierId, organizationId: document.organizationId });
    if (!profile?.publishedData || profile.state === 'suspended') return false;
    return profile.publishedData.certifications.some((certification) => certification.public && certification.documentId === document.id);
  }
}

function notFound(field: string): AppError {
  return new AppError('NOT_FOUND', { details: [{ field, issue: 'not_found', message: `${field} not found` }] });
}
