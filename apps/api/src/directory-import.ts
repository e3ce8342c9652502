import 'reflect-metadata';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CommonEnvironment, ConfigValidationError, dataSourceOptions, loadConfig, OutboxPublisher, pendingMigrations, SystemClock } from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import {
  DIRECTORY_FORMATS,
  DirectoryFileRefused,
  DirectoryImportBusy,
  importDirectory,
  publishSearchChanges,
  type DirectoryFormat,
  type DirectoryImportReport,
} from '@puente/suppliers';
import { DataSource } from 'typeorm';
import { importProgress } from './directory-import-progress';

const USAGE = 'usage: npm run directory:import -- <file.csv> [--format retc|denue] [--registry NAME] [--dry-run] [--json] [--batch-size N]';

interface Args {
  file: string;
  format?: DirectoryFormat;
  registry?: string;
  dryRun: boolean;
  json: boolean;
  batchSize?: number;
}

function parseArgs(argv: string[]): Args | null {
  const args: Partial<Args> = { dryRun: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--format') {
      const value = argv[++i] as DirectoryFormat;
      if (!DIRECTORY_FORMATS.includes(value)) return null;
      args.format = value;
    } else if (arg === '--registry') {
      args.registry = argv[++i];
      if (!args.registry) return null;
    } else if (arg === '--batch-size') {
      args.batchSize = Number(argv[++i]);
      if (!Number.isInteger(args.batchSize) || args.batchSize < 1 || args.batchSize > 20_000) return null;
    } else if (arg.startsWith('--') || args.file) return null;
    else args.file = arg;
  }
  return args.file ? (args as Args) : null;
}

/** `npm run directory:import -- <file.csv>`: loads a registry file into the directory (no HTTP, no Redis). */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(64);
  }
  let config;
  try {
    config = loadConfig(CommonEnvironment);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`directory:import refuses to start. ${error.message}\n`);
    process.exit(78);
  }
  let fileBytes: number;
  try {
    fileBytes = statSync(args.file).size;
  } catch (error) {
    process.stderr.write(`directory:import: cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    process.exit(65);
  }
  const dataSource = await new DataSource(
    dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'puente-directory-import', poolSize: 2, entities: [] }),
  ).initialize();
  const progress = importProgress(fileBytes);
  const outbox = new OutboxPublisher(new SystemClock());
  try {
    const pending = await pendingMigrations(dataSource, ALL_MIGRATIONS);
    if (pending.length > 0) {
      process.stderr.write(`directory:import: the database is not migrated (${pending.length} pending). Run npm run db:migrate first.\n`);
      process.exitCode = 69;
      return;
    }
    const report = await importDirectory(
      dataSource,
      createReadStream(args.file),
      {
        format: args.format,
        registry: args.registry,
        fileName: basename(args.file),
        dryRun: args.dryRun,
        batchSize: args.batchSize,
        // The search index follows through the outbox: one event per batch, committed with its rows.
        onListingsChanged: (manager, supplierIds) => publishSearchChanges(outbox, manager, supplierIds),
      },
      progress.update,
    );
    progress.stop();
    printReport(report, args.json);
  } catch (error) {
    progress.stop();
    if (error instanceof DirectoryFileRefused) {
      process.stderr.write(`directory:import: ${args.file} refused: ${error.message}\n`);
      process.exitCode = 65;
      return;
    }
    if (error instanceof DirectoryImportBusy) {
      process.stderr.write(`directory:import: ${error.message}\n`);
      process.exitCode = 75;
      return;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

function printReport(report: DirectoryImportReport, json: boolean): void {
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const rate = Math.round(report.rows / Math.max(report.seconds, 0.001));
  const lines = [
    `directory:import ${report.registry}${report.dryRun ? ' (dry run, nothing written)' : ''}: ${report.rows} rows, inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}, removed ${report.removed}, merged ${report.merged}, bad ${report.bad} in ${report.seconds.toFixed(1)} s (${rate} rows/s), peak RSS ${Math.round(peakRssBytes / 1048576)} MiB`,
    ...report.badRows.map((bad) => `  line ${bad.line}${bad.sourceId ? ` (${bad.sourceId})` : ''}: ${bad.field}: ${bad.reason}`),
    ...(report.bad > report.badRows.length ? [`  ... and ${report.bad - report.badRows.length} more bad rows`] : []),
  ];
  if (json) {
    const { registry, rows, inserted, updated, unchanged, removed, merged, bad, seconds } = report;
    lines.push(JSON.stringify({ registry, rows, inserted, updated, unchanged, removed, merged, bad, seconds, peakRssBytes }));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`directory:import failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
