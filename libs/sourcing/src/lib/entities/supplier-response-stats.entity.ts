import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A supplier's response record, recomputed whole by the worker from the sourcing tables (see the migration). */
@Entity('supplier_response_stats')
export class SupplierResponseStats {
  /** The supplier profile (the public supplierId). */
  @PrimaryColumn('uuid', { name: 'supplier_id' })
  supplierId!: string;

  /** Invitations the supplier could have answered by now: answered ones plus those whose RFQ stopped taking quotes. */
  @Column('integer', { name: 'invitations_due' })
  invitationsDue!: number;

  /** Of those, answered with a quote or a decline. */
  @Column('integer', { name: 'invitations_answered' })
  invitationsAnswered!: number;

  @Column('integer', { name: 'quotes_submitted' })
  quotesSubmitted!: number;

  /** Median minutes from invitation to first submitted quote; null with no quote after an invitation. */
  @Column('integer', { name: 'median_minutes_to_quote', nullable: true })
  medianMinutesToQuote!: number | null;

  /** Quotes on RFQs whose buyer has decided (awarded at least one line). */
  @Column('integer', { name: 'quotes_decided' })
  quotesDecided!: number;

  /** Of those, quotes that won at least one line. */
  @Column('integer', { name: 'quotes_awarded' })
  quotesAwarded!: number;

  @Column('timestamptz', { name: 'computed_at' })
  computedAt!: Date;
}
