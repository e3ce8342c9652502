import { Injectable } from '@nestjs/common';
import { AppError, pendingMigrations } from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import { DataSource } from 'typeorm';

/**
 * The API never migrates by itself (several instances would race): it reports
 * MIGRATIONS_PENDING until `npm run db:migrate` has run. Once up to date it stays so for this build.
 */
@Injectable()
export class MigrationsCheck {
  private upToDate = false;

  constructor(private readonly dataSource: DataSource) {}

  async assertApplied(): Promise<void> {
    if (this.upToDate) return;
    const pending = await pendingMigrations(this.dataSource, ALL_MIGRATIONS);
    if (pending.length > 0) {
      throw new AppError('MIGRATIONS_PENDING', {
        details: pending.map((name) => ({ field: 'database', issue: 'migration_pending', message: name })),
      });
    }
    this.upToDate = true;
  }
}
