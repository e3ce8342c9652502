import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a merged source joined a listing another registry created, and why (shown with the listing). */
export interface SourceMerge {
  /** The source the listing was created from. */
  withRegistry: string;
  withSourceId: string;
  /** pg_trgm similarity of the normalized names, 0 to 1. */
  nameSimilarity: number;
  distanceMeters: number;
}

/**
 * One registry row behind a listing: `(registry, source_id)` is unique. `facts` are the row as the import
 * mapped it (names, SCIAN, concepts, plant), kept even after a claim so a reader can tell the registry's
 * facts from the owner's. `content_hash` makes a re-import of an unchanged row a no-op.
 */
@Entity('directory_sources')
export class DirectorySource {
  @PrimaryColumn('text')
  registry!: string;

  @PrimaryColumn('text', { name: 'source_id' })
  sourceId!: string;

  @Column('uuid', { name: 'profile_id' })
  profileId!: string;

  @Column('uuid', { name: 'plant_id', nullable: true })
  plantId!: string | null;

  @Column('text', { name: 'content_hash' })
  contentHash!: string;

  @Column('jsonb')
  facts!: Record<string, unknown>;

  @Column('jsonb', { nullable: true })
  merge!: SourceMerge | null;

  @Column('timestamptz', { name: 'first_seen_at' })
  firstSeenAt!: Date;

  @Column('timestamptz', { name: 'last_changed_at' })
  lastChangedAt!: Date;

  /** The registry's latest file no longer has the row. */
  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;
}
