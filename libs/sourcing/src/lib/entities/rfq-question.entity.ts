import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A supplier's question on an RFQ and the buyer's answer; a public answer is shown to every invited supplier, without the asker. */
@Entity('rfq_questions')
export class RfqQuestion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rfq_id' })
  rfqId!: string;

  /** The asking supplier organization. */
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'asked_by' })
  askedBy!: string;

  @Column('text')
  body!: string;

  @Column('timestamptz', { name: 'asked_at' })
  askedAt!: Date;

  @Column('text', { nullable: true })
  answer!: string | null;

  @Column('boolean')
  public!: boolean;

  @Column('uuid', { name: 'answered_by', nullable: true })
  answeredBy!: string | null;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;
}
