import { bigintColumnTransformer } from '@puente/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const DOCUMENT_KINDS = ['certificate', 'photo', 'audit_report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A stored file: the bytes live in FileStorage under a random key; the client's name is display text only. */
@Entity('supplier_documents')
export class SupplierDocument {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  kind!: DocumentKind;

  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  @Column('text', { name: 'content_type' })
  contentType!: string;

  @Column('bigint', { name: 'size_bytes', transformer: bigintColumnTransformer })
  sizeBytes!: number;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
