import 'reflect-metadata';
import { createReadStream, statSync } from 'node:fs';
import { CommonEnvironment, ConfigValidationError, dataSourceOptions, loadConfig, pendingMigrations } from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import { FxFileRefused, importBanxicoFix, type FxImportReport } from '@puente/sourcing';
import { DataSource } from 'typeorm';
import { fxImportProgress } from './fx-import-progress';

const USAGE = 'usage: npm run fx:import -- <file.csv>   (Banxico SIE export of the FIX series SF43718)';

/** `npm run fx:import -- <file.csv>`: loads Banxico's FIX into fx_rates as source banxico-fix (no HTTP, no Redis). */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('--')) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(64);
  }
  const [file] = args;
  let config;
  try {
    config = loadConfig(CommonEnvironment);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`fx:import refuses to start. ${error.message}\n`);
    process.exit(78);
  }
  let fileBytes: number;
  try {
    fileBytes = statSync(file).size;
  } catch (error) {
    process.stderr.write(`fx:import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    process.exit(65);
  }
  const dataSource = await new DataSource(dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'puente-fx-import', poolSize: 2, entities: [] })).initialize();
  const progress = fxImportProgress(fileBytes);
  try {
    const pending = await pendingMigrations(dataSource, ALL_MIGRATIONS);
    if (pending.length > 0) {
      process.stderr.write(`fx:import: the database is not migrated (${pending.length} pending). Run npm run db:migrate first.\n`);
      process.exitCode = 69;
      return;
    }
    const report = await importBanxicoFix(dataSource, createReadStream(file), progress.update);
    progress.stop();
    printReport(report);
    // Bad rows are reported, the good ones loaded: the exit code tells a script to look.
    if (report.bad > 0) process.exitCode = 65;
  } catch (error) {
    progress.stop();
    if (error instanceof FxFileRefused) {
      process.stderr.write(`fx:import: ${file} refused: ${error.message}\n`);
      process.exitCode = 65;
      return;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

function printReport(report: FxImportReport): void {
  const lines = [
    `fx:import banxico-fix: ${report.rows} rows, inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}, not published (N/E) ${report.notPublished}, bad ${report.bad} in ${report.seconds.toFixed(1)} s`,
    ...report.badRows.map((bad) => `  line ${bad.line}: ${bad.reason}`),
    ...(report.bad > report.badRows.length ? [`  ... and ${report.bad - report.badRows.length} more bad rows`] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`fx:import failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
