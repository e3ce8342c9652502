import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/environment.schema';

/**
 * Structured JSON logs; credentials never reach them, nor the values of a failed SQL statement (a
 * TypeORM QueryFailedError carries its `parameters`: a quote's prices, a user's data).
 */
export function createLogger(options: { service: string; level: LogLevel }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token', 'err.parameters'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
