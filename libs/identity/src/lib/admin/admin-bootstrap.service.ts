import { Injectable } from '@nestjs/common';
import { AppError, Clock } from '@puente/platform';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Membership } from '../entities/membership.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordAcceptable } from '../passwords/password-policy';

/** Creates platform admins from the command line (`npm run admin:create -- <email>`), never over HTTP. */
@Injectable()
export class AdminBootstrapService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Returns the password: the given one, or a generated one to show once. */
  async createAdmin(email: string, name: string, password?: string): Promise<{ userId: string; password: string }> {
    const chosen = password ?? randomBytes(18).toString('base64url');
    assertPasswordAcceptable(chosen, email, 'password');
    const passwordHash = await this.hasher.hash(chosen);
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const taken = await manager.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
      if (taken) throw new AppError('EMAIL_TAKEN', { details: [{ field: 'email', issue: 'taken', message: `${email} already has an account` }] });
      let platform = await manager.findOneBy(Organization, { kind: 'platform' });
      platform ??= await manager.save(
        manager.create(Organization, { kind: 'platform', name: 'Puente', country: 'US', language: 'en', timeZone: 'America/Chicago', suspendedAt: null, createdAt: now }),
      );
      const user = await manager.save(
        manager.create(User, { email, name, passwordHash, language: 'en', timeZone: platform.timeZone, emailVerifiedAt: now, suspendedAt: null, createdAt: now, updatedAt: now }),
      );
      await manager.insert(Membership, { userId: user.id, organizationId: platform.id, role: 'owner', createdAt: now });
      await this.audit.record(manager, {
        action: 'admin.admin_created',
        actor: null,
        organizationId: platform.id,
        target: { type: 'user', id: user.id },
        after: { email },
      });
      return { userId: user.id, password: chosen };
    });
  }
}
