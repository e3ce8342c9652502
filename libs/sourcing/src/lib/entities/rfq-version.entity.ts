import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One field that moved between two published versions. */
export interface RfqFieldChange {
  /** The view's field path: `quoteDeadline`, `lines[1].quantities`, `attachments`. */
  field: string;
  before: unknown;
  after: unknown;
}

/** A published version of an RFQ: 1 at publish, one more per amendment. */
@Entity('rfq_versions')
export class RfqVersion {
  @PrimaryColumn('uuid', { name: 'rfq_id' })
  rfqId!: string;

  @PrimaryColumn('integer')
  version!: number;

  /** The RFQ as suppliers saw it at this version (the full view, before any NDA gate). */
  @Column('jsonb')
  data!: Record<string, unknown>;

  @Column('jsonb')
  changes!: RfqFieldChange[];

  /** The buyer's words on why it changed. */
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
