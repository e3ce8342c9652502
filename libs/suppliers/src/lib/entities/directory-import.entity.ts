import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface DirectoryImportCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  merged: number;
  bad: number;
}

export interface DirectoryBadRow {
  line: number;
  sourceId: string | null;
  field: string | null;
  reason: string;
}

/** One run of `directory:import`: what it read, what it changed and the rows it skipped. */
@Entity('directory_imports')
export class DirectoryImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  registry!: string;

  @Column('text')
  format!: 'retc' | 'denue';

  @Column('text', { name: 'file_name' })
  fileName!: string;

  @Column('boolean', { name: 'dry_run' })
  dryRun!: boolean;

  @Column('text')
  status!: 'running' | 'completed' | 'failed';

  @Column('jsonb')
  counts!: Partial<DirectoryImportCounts>;

  /** The first bad rows (line, reason); the counts say how many there were. */
  @Column('jsonb', { name: 'bad_rows' })
  badRows!: DirectoryBadRow[];

  @Column('timestamptz', { name: 'started_at' })
  startedAt!: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
