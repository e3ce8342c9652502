import type { Currency } from '@puente/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Incoterm, RfqBidding, RfqCloseReason, RfqState, RfqVisibility } from '../rfq-vocabulary';

/** A buyer organization's request for quote. Lines, files, versions and invitations are rows of their own. */
@Entity('rfqs')
export class Rfq {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'buyer_organization_id' })
  buyerOrganizationId!: string;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @Column('text')
  state!: RfqState;

  /** The published version suppliers see: 0 while a draft, 1 at publish, one more per amendment. */
  @Column('integer')
  version!: number;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('text', { name: 'description_language' })
  descriptionLanguage!: 'en' | 'es';

  @Column('integer', { name: 'annual_volume', nullable: true })
  annualVolume!: number | null;

  /** A decimal string with up to 4 places ("0.0125"), exact as `numeric` returns it. */
  @Column('numeric', { name: 'target_unit_price', nullable: true })
  targetUnitPrice!: string | null;

  @Column('text')
  currency!: Currency;

  /** `cert.*` vocabulary codes the supplier must hold, valid on the need-by date. */
  @Column('text', { array: true })
  certifications!: string[];

  @Column('text', { name: 'hs_code', nullable: true })
  hsCode!: string | null;

  @Column('text', { name: 'delivery_zip', nullable: true })
  deliveryZip!: string | null;

  @Column('text', { nullable: true })
  incoterm!: Incoterm | null;

  @Column('text', { name: 'incoterm_place', nullable: true })
  incotermPlace!: string | null;

  /** Calendar date (YYYY-MM-DD). */
  @Column('date', { name: 'need_by', nullable: true })
  needBy!: string | null;

  @Column('timestamptz', { name: 'quote_deadline', nullable: true })
  quoteDeadline!: Date | null;

  @Column('boolean', { name: 'nda_required' })
  ndaRequired!: boolean;

  @Column('text', { name: 'nda_text', nullable: true })
  ndaText!: string | null;

  /** Bumped when the NDA text changes after publishing: an acceptance is of one version. */
  @Column('integer', { name: 'nda_version' })
  ndaVersion!: number;

  @Column('text')
  visibility!: RfqVisibility;

  /** `sealed` (the default): the buyer sees no price until the RFQ closes. `open`: prices as they arrive. */
  @Column('text')
  bidding!: RfqBidding;

  @Column('integer', { name: 'quote_cap', nullable: true })
  quoteCap!: number | null;

  /** Supplier ids (supplier_profiles) the buyer invited by hand. */
  @Column('uuid', { name: 'buyer_picks', array: true })
  buyerPicks!: string[];

  /** Union of the lines' process codes: what the supplier feed filters on (GIN index). */
  @Column('text', { array: true })
  processes!: string[];

  /** The search context's `Requirement` for the whole RFQ, built at publish and at each amendment. */
  @Column('jsonb', { nullable: true })
  requirement!: unknown | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('text', { name: 'closed_reason', nullable: true })
  closedReason!: RfqCloseReason | null;

  /** When every line was awarded or closed unawarded. */
  @Column('timestamptz', { name: 'awarded_at', nullable: true })
  awardedAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
