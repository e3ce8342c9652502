import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A supplier organization accepted one version of an RFQ's NDA (who and when; audited too). */
@Entity('rfq_nda_acceptances')
export class RfqNdaAcceptance {
  @PrimaryColumn('uuid', { name: 'rfq_id' })
  rfqId!: string;

  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId!: string;

  @PrimaryColumn('integer', { name: 'nda_version' })
  ndaVersion!: number;

  @Column('uuid', { name: 'accepted_by' })
  acceptedBy!: string;

  @Column('timestamptz', { name: 'accepted_at' })
  acceptedAt!: Date;
}
