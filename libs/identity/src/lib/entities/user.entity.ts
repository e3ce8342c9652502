import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@puente/platform';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** As typed at sign-up; uniqueness is case-insensitive (index on lower(email)). */
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  /** argon2id; never leaves the identity context. */
  @Column('text', { name: 'password_hash', select: false })
  passwordHash!: string;

  @Column('text')
  language!: Language;

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column('timestamptz', { name: 'suspended_at', nullable: true })
  suspendedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
