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
}
