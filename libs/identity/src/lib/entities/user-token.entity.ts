import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UserTokenPurpose = 'email_verification' | 'password_reset';

/** A single-use, expiring token's record. The token is an HMAC of this id, never stored. */
@Entity('user_tokens')
export class UserToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  purpose!: UserTokenPurpose;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
