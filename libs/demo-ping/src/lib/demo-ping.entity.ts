import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row whose commit produces a job that records a pong: the smallest real trip through the outbox. */
@Entity('demo_pings')
export class DemoPing {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  message!: string;

  /** How long the consumer works before recording the pong, to watch a job in flight. */
  @Column('integer', { name: 'work_ms' })
  workMs!: number;

  /** How many deliveries fail before one succeeds, to watch retries and the failed set. */
  @Column('integer', { name: 'fail_attempts' })
  failAttempts!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
