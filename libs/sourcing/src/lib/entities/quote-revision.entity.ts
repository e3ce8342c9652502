import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { QuoteContent } from '../quotes/quote-content';

/** One submitted revision of a quote, kept for the history the buyer reads once quotes are unsealed. */
@Entity('quote_revisions')
export class QuoteRevision {
  @PrimaryColumn('uuid', { name: 'quote_id' })
  quoteId!: string;

  @PrimaryColumn('integer')
  revision!: number;

  /** The RFQ version the supplier was answering (amendments move it). */
  @Column('integer', { name: 'rfq_version' })
  rfqVersion!: number;

  @Column('jsonb')
  content!: QuoteContent;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
