import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The buyer's rating of a supplier after an award: one per awarded quote (`supplier_ratings_one_per_awarded_quote`). */
@Entity('supplier_ratings')
export class SupplierRating {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rfq_id' })
  rfqId!: string;

  @Column('uuid', { name: 'quote_id' })
  quoteId!: string;

  /** The supplier profile (the public supplierId). */
  @Column('uuid', { name: 'supplier_id' })
  supplierId!: string;

  @Column('uuid', { name: 'supplier_organization_id' })
  supplierOrganizationId!: string;

  @Column('uuid', { name: 'buyer_organization_id' })
  buyerOrganizationId!: string;

  /** 1..5 each. */
  @Column('smallint')
  quality!: number;

  @Column('smallint')
  communication!: number;

  @Column('smallint', { name: 'on_time' })
  onTime!: number;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('uuid', { name: 'rated_by' })
  ratedBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  /** created_at + 30 days: after it the buyer can no longer change the rating. */
  @Column('timestamptz', { name: 'editable_until' })
  editableUntil!: Date;

  /** The supplier's one public reply. */
  @Column('text', { nullable: true })
  reply!: string | null;

  @Column('uuid', { name: 'replied_by', nullable: true })
  repliedBy!: string | null;

  @Column('timestamptz', { name: 'replied_at', nullable: true })
  repliedAt!: Date | null;
}
