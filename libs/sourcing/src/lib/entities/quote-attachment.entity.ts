import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A supplier's own quote document (PDF, checked by its bytes) stored through `FileStorage`. It belongs to
 * the organization's answer to the RFQ, so it can be uploaded before the first quote is sent; a revision
 * lists the documents it carries (`QuoteContent.attachmentIds`).
 */
@Entity('quote_attachments')
export class QuoteAttachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rfq_id' })
  rfqId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  /** Display text only (path and control characters removed). */
  @Column('text', { name: 'file_name' })
  fileName!: string;

  @Column('text', { name: 'file_type' })
  fileType!: string;

  @Column('text', { name: 'content_type' })
  contentType!: string;

  @Column('integer', { name: 'size_bytes' })
  sizeBytes!: number;

  @Column('uuid', { name: 'uploaded_by' })
  uploadedBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
