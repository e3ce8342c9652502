import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One RFQ line awarded to one quote; the database allows one per line (`rfq_awards_one_per_line`). */
@Entity('rfq_awards')
export class RfqAward {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rfq_id' })
  rfqId!: string;

  @Column('uuid', { name: 'rfq_line_id' })
  rfqLineId!: string;

  @Column('uuid', { name: 'quote_id' })
  quoteId!: string;

  @Column('uuid', { name: 'supplier_organization_id' })
  supplierOrganizationId!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid', { name: 'awarded_by' })
  awardedBy!: string;

  @Column('timestamptz', { name: 'awarded_at' })
  awardedAt!: Date;

  /** The comparison the award was made on, frozen; null when no comparison was available. */
  @Column('jsonb', { nullable: true })
  comparison!: unknown | null;
}
