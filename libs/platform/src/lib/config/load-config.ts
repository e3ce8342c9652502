import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { isAbsolute, resolve } from 'node:path';
import { ConfigValidationError, type InvalidVariable } from './config-validation.error';
import { defaultEnvironment, REQUIRED_IN_PRODUCTION } from './defaults';
import { NODE_ENVIRONMENTS, type CommonEnvironment, type NodeEnvironment } from './environment.schema';
import { GeneratedSecretsStore } from './generated-secrets.store';
import { landedCostConfigProblems, type LandedCostEnvironment } from './landed-cost-config';
import { meiliConfigProblems } from './meili-config';
import { s3ConfigProblems } from './s3-config';
import { smtpTlsConflict } from './smtp-tls';

/** Secrets that may be left unset: each is generated once and stored. */
const GENERATED_SECRETS = ['SESSION_SECRET'] as const;

export type LoadedConfig<T extends CommonEnvironment> = T & {
  SESSION_SECRET: string;
  /** Things to log once a logger exists (config is read before there is one). */
  readonly warnings: string[];
};

/**
 * Reads and validates the environment for one app. A set variable always wins over a default
 * or a stored secret. Throws ConfigValidationError naming every bad variable.
 */
export function loadConfig<T extends CommonEnvironment>(
  schema: ClassConstructor<T>,
  env: NodeJS.ProcessEnv = process.env,
): LoadedConfig<T> {
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnvironment;
  if (!NODE_ENVIRONMENTS.includes(nodeEnv)) {
    throw new ConfigValidationError([
      { variable: 'NODE_ENV', problems: [`must be one of ${NODE_ENVIRONMENTS.join(', ')}`] },
    ]);
  }

  const provided = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const merged = { ...defaultEnvironment(nodeEnv), ...provided };
  const instance = plainToInstance(schema, merged, { enableImplicitConversion: false });

  const missing = nodeEnv === 'production' ? REQUIRED_IN_PRODUCTION.filter((variable) => !provided[variable]) : [];
  const invalid: InvalidVariable[] = [
    ...missing.map((variable) => ({ variable, problems: ['must be set when NODE_ENV=production'] })),
    ...validateSync(instance as object)
      .filter((error) => !(missing as readonly string[]).includes(error.property))
      .map((error) => ({ variable: error.property, problems: Object.values(error.constraints ?? {}) })),
  ];
  const tlsConflict = smtpTlsConflict(instance as CommonEnvironment);
  if (tlsConflict) invalid.push({ variable: 'SMTP_URL', problems: [tlsConflict] });
  invalid.push(...s3ConfigProblems(instance as CommonEnvironment).filter(({ variable }) => !invalid.some((known) => known.variable === variable)));
  invalid.push(...meiliConfigProblems(instance as CommonEnvironment).filter(({ variable }) => !invalid.some((known) => known.variable === variable)));
  invalid.push(...landedCostConfigProblems(instance as LandedCostEnvironment).filter(({ variable }) => !invalid.some((known) => known.variable === variable)));
  if (invalid.length > 0) throw new ConfigValidationError(invalid);

  const warnings: string[] = [];
  const config = instance as LoadedConfig<T>;
  (config as { warnings: string[] }).warnings = warnings;
  config.PUENTE_DATA_DIR = isAbsolute(config.PUENTE_DATA_DIR) ? config.PUENTE_DATA_DIR : resolve(config.PUENTE_DATA_DIR);

  const store = new GeneratedSecretsStore(config.PUENTE_DATA_DIR);
  for (const name of GENERATED_SECRETS) {
    if (config[name]) continue;
    const { value, created } = store.readOrCreate(name);
    config[name] = value;
    warnings.push(
      created
        ? `${name} was not set: generated one and stored it under ${config.PUENTE_DATA_DIR}/secrets. Set ${name} to manage it yourself.`
        : `${name} was not set: using the one generated earlier under ${config.PUENTE_DATA_DIR}/secrets.`,
    );
  }
  if (nodeEnv === 'production' && !config.SMTP_URL) {
    warnings.push(`SMTP_URL is not set: e-mails are written to ${config.MAIL_DIR} instead of being sent.`);
  }
  return config;
}
