import 'reflect-metadata';
import { AdminBootstrapService, AuditLog, IDENTITY_ENTITIES, identitySettingsFrom, PasswordHasher } from '@puente/identity';
import { AppError, CommonEnvironment, ConfigValidationError, dataSourceOptions, loadConfig, pendingMigrations, SystemClock } from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import { DataSource } from 'typeorm';

const USAGE = 'usage: npm run admin:create -- <email> [--name "Full Name"]   (ADMIN_PASSWORD sets the password; else one is generated)';

/** `npm run admin:create -- <email>`: platform admins are made here, never over HTTP. */
async function createAdmin(): Promise<void> {
  const [email, ...rest] = process.argv.slice(2);
  const nameFlag = rest.indexOf('--name');
  const name = nameFlag >= 0 ? rest[nameFlag + 1] : 'Puente Admin';
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || !name) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(64);
  }
  let config;
  try {
    config = loadConfig(CommonEnvironment);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`admin:create refuses to start. ${error.message}\n`);
    process.exit(78);
  }
  const dataSource = await new DataSource(
    dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'puente-admin-create', poolSize: 1, entities: IDENTITY_ENTITIES }),
  ).initialize();
  try {
    const pending = await pendingMigrations(dataSource, ALL_MIGRATIONS);
    if (pending.length > 0) {
      process.stderr.write(`admin:create: the database is not migrated (${pending.length} pending). Run npm run db:migrate first.\n`);
      process.exitCode = 69;
      return;
    }
    // Wired by hand: a one-shot command needs no Redis, queues or HTTP.
    const clock = new SystemClock();
    const admins = new AdminBootstrapService(dataSource, new PasswordHasher(identitySettingsFrom(config)), new AuditLog(clock), clock);
    const { password } = await admins.createAdmin(email, name, process.env.ADMIN_PASSWORD || undefined);
    process.stdout.write(
      process.env.ADMIN_PASSWORD
        ? `Created platform admin ${email}.\n`
        : `Created platform admin ${email} with password:\n\n  ${password}\n\nIt is shown once; change it after signing in (POST /api/v1/me/password).\n`,
    );
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`admin:create: ${error.code}: ${error.details.map((detail) => detail.message).join('; ') || error.message}\n`);
      process.exit(65);
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

createAdmin().catch((error: unknown) => {
  process.stderr.write(`admin:create failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
