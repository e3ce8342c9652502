import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RfqUnit } from '../rfq-vocabulary';

/** One part of an RFQ, with its quantity breaks (each is quoted separately). */
@Entity('rfq_lines')
export class RfqLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'rfq_id' })
  rfqId!: string;

  /** 0-based order on the RFQ. */
  @Column('smallint')
  position!: number;

  @Column('text', { name: 'part_name' })
  partName!: string;

  @Column('text', { name: 'part_number', nullable: true })
  partNumber!: string | null;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('text', { array: true })
  processes!: string[];

  @Column('text', { array: true })
  materials!: string[];

  /** Quantity breaks, ascending, 1 to 10 of them. */
  @Column('integer', { array: true })
  quantities!: number[];

  @Column('text')
  unit!: RfqUnit;

  /** Units in one full truckload, for the freight estimate per unit; null when the buyer did not say. */
  @Column('integer', { name: 'units_per_truckload', nullable: true })
  unitsPerTruckload!: number | null;

  /** Set when the buyer closed the line without awarding it. */
  @Column('timestamptz', { name: 'closed_unawarded_at', nullable: true })
  closedUnawardedAt!: Date | null;

  @Column('uuid', { name: 'closed_unawarded_by', nullable: true })
  closedUnawardedBy!: string | null;
}
