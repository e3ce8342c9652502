import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DeclineReason, InvitationSource, InvitationState } from '../rfq-vocabulary';

/** A supplier asked to quote on an RFQ; one per RFQ and supplier (unique), whoever asked. */
@Entity('rfq_invitations')
export class RfqInvitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rfq_id' })
  rfqId!: string;

  /** The supplier profile (a company's, or an unclaimed directory listing). */
  @Column('uuid', { name: 'supplier_id' })
  supplierId!: string;

  /** The organization that owned the profile when invited; null for an unclaimed listing (nobody to notify). */
  @Column('uuid', { name: 'supplier_organization_id', nullable: true })
  supplierOrganizationId!: string | null;

  @Column('text')
  source!: InvitationSource;

  /** 1-based place in the match; null for a buyer's pick the matching did not rank. */
  @Column('integer', { nullable: true })
  rank!: number | null;

  @Column('real', { nullable: true })
  score!: number | null;

  /** The search context's `Explanation` at the time of the match: what the buyer reads. */
  @Column('jsonb', { nullable: true })
  explanation!: unknown | null;

  @Column('text')
  state!: InvitationState;

  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason!: DeclineReason | null;

  @Column('text', { name: 'decline_note', nullable: true })
  declineNote!: string | null;

  @Column('uuid', { name: 'declined_by', nullable: true })
  declinedBy!: string | null;

  @Column('timestamptz', { name: 'declined_at', nullable: true })
  declinedAt!: Date | null;

  /** When the organization's members were notified; null when it had nobody to notify. */
  @Column('timestamptz', { name: 'notified_at', nullable: true })
  notifiedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
