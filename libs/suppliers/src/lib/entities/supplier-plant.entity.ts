import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NearestPort, PlantLocation } from '../profile/supplier-rules';

@Entity('supplier_plants')
export class SupplierPlant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null while the plant belongs to an unclaimed directory listing. */
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('uuid', { name: 'profile_id' })
  profileId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  state!: string;

  @Column('text', { nullable: true })
  municipality!: string | null;

  @Column('text', { nullable: true })
  locality!: string | null;

  @Column('text', { name: 'postal_code', nullable: true })
  postalCode!: string | null;

  @Column('text', { nullable: true })
  street!: string | null;

  @Column('text', { name: 'state_code' })
  stateCode!: string;

  @Column('text', { name: 'municipality_code', nullable: true })
  municipalityCode!: string | null;

  @Column('text', { name: 'locality_code', nullable: true })
  localityCode!: string | null;

  @Column('double precision')
  lat!: number;

  @Column('double precision')
  lon!: number;

  @Column('text')
  precision!: PlantLocation['precision'];

  @Column('jsonb', { name: 'nearest_ports' })
  nearestPorts!: NearestPort[];

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
