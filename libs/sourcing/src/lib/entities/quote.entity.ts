import type { Currency } from '@puente/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuoteState } from '../rfq-vocabulary';

/** A supplier organization's answer to one RFQ; its content is in `quote_revisions`, the current one numbered `revision`. */
@Entity('quotes')
export class Quote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rfq_id' })
  rfqId!: string;

  @Column('uuid', { name: 'supplier_organization_id' })
  supplierOrganizationId!: string;

  /** The organization's supplier profile (supplier_profiles). */
  @Column('uuid', { name: 'supplier_id' })
  supplierId!: string;

  @Column('text')
  state!: QuoteState;

  /** The current revision: 1 for the first submission, one more per revision. A revision names the one it revises. */
  @Column('integer')
  revision!: number;

  /** One currency per quote, the current revision's. */
  @Column('text')
  currency!: Currency;

  @Column('uuid', { name: 'submitted_by' })
  submittedBy!: string;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Column('timestamptz', { name: 'revised_at' })
  revisedAt!: Date;

  @Column('uuid', { name: 'withdrawn_by', nullable: true })
  withdrawnBy!: string | null;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;
}
