import 'reflect-metadata';
import { ApiEnvironment, ConfigValidationError, createLogger, loadConfig } from '@puente/platform';
import { createApiApp } from './app/create-api-app';
import { API_PREFIX, DOCS_PATH } from './app/configure-api-app';
import { installGracefulShutdown } from './app/shutdown/graceful-shutdown';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(ApiEnvironment);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`puente-api refuses to start. ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const logger = createLogger({ service: 'api', level: config.LOG_LEVEL });
  for (const warning of config.warnings) logger.warn(warning);

  const app = await createApiApp(config, logger);
  installGracefulShutdown(app, config.SHUTDOWN_GRACE_MS, logger);
  await app.listen(config.PORT);
  const base = `http://localhost:${config.PORT}`;
  logger.info(
    { api: `${base}/${API_PREFIX}`, docs: `${base}/${DOCS_PATH}`, ready: `${base}/health/ready` },
    'puente-api listening',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`puente-api failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
