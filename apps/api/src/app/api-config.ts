import type { ApiEnvironment, LoadedConfig } from '@puente/platform';

export type ApiConfig = LoadedConfig<ApiEnvironment>;

/** Injection tokens of the API's process-wide values. */
export const API_CONFIG = Symbol('API_CONFIG');
export const REQUEST_REDIS = Symbol('REQUEST_REDIS');
/** The process's pino logger, for logs that belong to no request. */
export const API_LOGGER = Symbol('API_LOGGER');
