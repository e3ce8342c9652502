import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The effect. Deliberately without a unique key on ping_id: only the inbox stops a duplicate. */
@Entity('demo_pongs')
export class DemoPong {
  /** bigint: `pg` returns it as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'ping_id' })
  pingId!: string;

  @Column('integer')
  attempt!: number;

  @Column('integer', { name: 'worker_pid' })
  workerPid!: number;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
