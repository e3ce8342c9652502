import { Column, Entity, PrimaryColumn } from 'typeorm';

export const MEMBERSHIP_ROLES = ['owner', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Each user belongs to exactly one organization. */
@Entity('memberships')
export class Membership {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  role!: MembershipRole;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
