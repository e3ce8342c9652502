import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('supplier_certifications')
export class SupplierCertification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null while the plant belongs to an unclaimed directory listing. */
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('uuid', { name: 'profile_id' })
  profileId!: string;

  /** A `cert.*` vocabulary code. */
  @Column('text')
  type!: string;

  @Column('text')
  issuer!: string;

  @Column('text', { nullable: true })
  number!: string | null;

  @Column('text', { nullable: true })
  scope!: string | null;

  /** ISO dates (YYYY-MM-DD): pg returns `date` as a string, which is what the rules compare. */
  @Column('date', { name: 'valid_from', nullable: true })
  validFrom!: string | null;

  @Column('date', { name: 'valid_until', nullable: true })
  validUntil!: string | null;

  @Column('uuid', { name: 'document_id', nullable: true })
  documentId!: string | null;

  @Column('boolean')
  public!: boolean;

  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  @Column('uuid', { name: 'verified_by', nullable: true })
  verifiedBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
