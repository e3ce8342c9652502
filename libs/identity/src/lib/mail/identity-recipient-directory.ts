import { Injectable } from '@nestjs/common';
import { RecipientDirectory, type RecipientContact } from '@puente/notifications';
import type { EntityManager } from 'typeorm';
import { User } from '../entities/user.entity';

/** Notifications find a user's address, name, language and time zone here. */
@Injectable()
export class IdentityRecipientDirectory extends RecipientDirectory {
  async findUser(manager: EntityManager, userId: string): Promise<RecipientContact | null> {
    const user = await manager.findOneBy(User, { id: userId });
    return user ? { userId: user.id, email: user.email, name: user.name, language: user.language, timeZone: user.timeZone } : null;
  }

  async findOrganizationMembers(manager: EntityManager, organizationId: string, roles?: ReadonlyArray<'owner' | 'member'>): Promise<RecipientContact[]> {
    const rows: Array<{ id: string; email: string; name: string; language: 'en' | 'es'; time_zone: string }> = await manager.query(
      `SELECT u.id, u.email, u.name, u.language, u.time_zone
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         JOIN organizations o ON o.id = m.organization_id
        WHERE m.organization_id = $1 AND u.suspended_at IS NULL AND o.suspended_at IS NULL
          AND ($2::text[] IS NULL OR m.role = ANY($2))
        ORDER BY u.created_at, u.id`,
      [organizationId, roles && roles.length > 0 ? [...roles] : null],
    );
    return rows.map((row) => ({ userId: row.id, email: row.email, name: row.name, language: row.language, timeZone: row.time_zone }));
  }
}
