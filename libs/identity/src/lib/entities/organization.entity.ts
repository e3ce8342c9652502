import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@puente/platform';

export const ORGANIZATION_KINDS = ['buyer', 'supplier', 'platform'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: OrganizationKind;

  @Column('text')
  name!: string;

  /** ISO 3166-1 alpha-2. */
  @Column('char', { length: 2 })
  country!: string;

  @Column('text')
  language!: Language;

  /** IANA time zone, e.g. America/Monterrey. */
  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('timestamptz', { name: 'suspended_at', nullable: true })
  suspendedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
