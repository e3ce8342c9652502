import type { NodeEnvironment } from './environment.schema';

/** Variables a production deployment must set itself: a local default there would be a silent mistake. */
export const REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'REDIS_URL'] as const;

export function defaultEnvironment(nodeEnv: NodeEnvironment): Record<string, string> {
  const local = nodeEnv !== 'production';
  return {
    NODE_ENV: nodeEnv,
    ...(local
      ? { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/puente', REDIS_URL: 'redis://127.0.0.1:6379' }
      : {}),
    REDIS_KEY_PREFIX: 'puente',
    REDIS_COMMAND_TIMEOUT_MS: '500',
    LOG_LEVEL: nodeEnv === 'test' ? 'warn' : 'info',
    PUENTE_DATA_DIR: '.puente',
    SHUTDOWN_GRACE_MS: '10000',
    SMTP_REQUIRE_TLS: local ? 'false' : 'true',
    MAIL_FROM: 'Puente <no-reply@puente.local>',
    MAIL_DIR: '.puente/mail',
    PORT: '3000',
    CORS_ORIGINS: local ? 'http://localhost:4200,http://localhost:5173' : '',
    RATE_LIMIT_MAX_REQUESTS: '300',
    RATE_LIMIT_WINDOW_SECONDS: '60',
    HTTP_BODY_LIMIT_BYTES: String(1024 * 1024),
    HTTP_BODY_MAX_DEPTH: '32',
    HTTP_BODY_MAX_KEYS: '1000',
    HTTP_BODY_MAX_ITEMS: '10000',
    TRUST_PROXY: 'loopback',
    WEB_DIST_DIR: 'dist/apps/web',
    UPLOAD_MAX_BYTES: String(10 * 1024 * 1024),
    UPLOAD_QUOTA_BYTES_PER_ORGANIZATION: String(200 * 1024 * 1024),
    RFQ_ATTACHMENT_MAX_BYTES: String(25 * 1024 * 1024),
    RFQ_ATTACHMENT_MAX_COUNT: '20',
    ACCESS_TOKEN_TTL_SECONDS: '900',
    REFRESH_TOKEN_TTL_DAYS: '30',
    EMAIL_VERIFICATION_TTL_HOURS: '48',
    PASSWORD_RESET_TTL_MINUTES: '60',
    INVITATION_TTL_DAYS: '7',
    PUBLIC_WEB_URL: 'http://localhost:4200',
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '5',
    SIGN_IN_MAX_FAILURES_PER_IP: '50',
    SIGN_IN_FAILURE_WINDOW_SECONDS: '900',
    ACCOUNT_EMAILS_MAX_PER_ADDRESS: '5',
    ACCOUNT_EMAILS_MAX_PER_IP: '20',
    ACCOUNT_EMAILS_WINDOW_SECONDS: '3600',
    SIGN_UP_MAX_PER_IP: '10',
    SIGN_UP_WINDOW_SECONDS: '3600',
    WORKER_HEALTH_PORT: '3001',
    WORKER_CONCURRENCY: '8',
    QUEUE_ATTEMPTS: '5',
    QUEUE_BACKOFF_MS: '1000',
    QUEUE_STALLED_INTERVAL_MS: '30000',
    QUEUE_FAILED_RETENTION_DAYS: '14',
    OUTBOX_BATCH_SIZE: '100',
    OUTBOX_POLL_INTERVAL_MS: '1000',
    OUTBOX_RETENTION_HOURS: '168',
    OUTBOX_PRUNE_INTERVAL_MINUTES: '60',
    DIGEST_LOCAL_HOUR: '8',
    DIGEST_CHECK_INTERVAL_MINUTES: '15',
    RFQ_INVITE_TOP_N: '25',
    RFQ_DEADLINE_SWEEP_SECONDS: '60',
  };
}
