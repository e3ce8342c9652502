import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RfqAttachmentKind } from '../rfq-vocabulary';

/** A drawing or specification stored through `FileStorage`; its type read from the bytes. */
@Entity('rfq_attachments')
export class RfqAttachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rfq_id' })
  rfqId!: string;

  /** The line it belongs to, or null for the whole RFQ. */
  @Column('uuid', { name: 'line_id', nullable: true })
  lineId!: string | null;

  @Column('text')
  kind!: RfqAttachmentKind;

  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  /** Display text only (path and control characters removed). */
  @Column('text', { name: 'file_name' })
  fileName!: string;

  /** `FileType` from the bytes: pdf, png, jpeg, step, iges, dxf, zip. */
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
