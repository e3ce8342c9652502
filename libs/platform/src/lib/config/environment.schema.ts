import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { isAbsolute, resolve } from 'node:path';
import { LandedCostChapterRates, LandedCostDecimal, LandedCostSource } from './landed-cost-config';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Variables every Puente process reads. Each app extends this with its own.
 * Defaults live in `defaults.ts` so that production can refuse the local ones.
 */
export class CommonEnvironment {
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV!: NodeEnvironment;

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL!: string;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  /** Prefix of every Redis key this deployment writes (rate limits, queues), so several can share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'REDIS_KEY_PREFIX must be 1-40 letters, digits, "_" or "-"' })
  REDIS_KEY_PREFIX!: string;

  /** A Redis command inside a request gives up after this long instead of hanging. */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(30_000)
  REDIS_COMMAND_TIMEOUT_MS!: number;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL!: LogLevel;

  /** Where generated secrets are kept; a shared volume when several containers run. */
  @IsString()
  @MinLength(1)
  PUENTE_DATA_DIR!: string;

  /** Signs sessions and tokens. Generated and stored under PUENTE_DATA_DIR when unset. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120_000)
  SHUTDOWN_GRACE_MS!: number;

  /** Access tokens (JWT) live at most 15 minutes. */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(900, { message: 'ACCESS_TOKEN_TTL_SECONDS must be at most 900 (15 minutes)' })
  ACCESS_TOKEN_TTL_SECONDS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  EMAIL_VERIFICATION_TTL_HOURS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(1_440)
  PASSWORD_RESET_TTL_MINUTES!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  INVITATION_TTL_DAYS!: number;

  /** Where the web app lives; links in e-mails point there. */
  @Matches(/^https?:\/\/\S+$/, { message: 'PUBLIC_WEB_URL must be an http:// or https:// URL' })
  PUBLIC_WEB_URL!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_MAX_FAILURES_PER_IP!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_IN_FAILURE_WINDOW_SECONDS!: number;

  /** Verification and password-reset e-mails per recipient address per window (a mail bomb through Puente). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  ACCOUNT_EMAILS_MAX_PER_ADDRESS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  ACCOUNT_EMAILS_MAX_PER_IP!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  ACCOUNT_EMAILS_WINDOW_SECONDS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_UP_MAX_PER_IP!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGN_UP_WINDOW_SECONDS!: number;

  /** Outgoing mail goes through this SMTP server; unset, each message is written as a file under MAIL_DIR. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /**
   * Refuse to hand mail to an SMTP server over an unencrypted connection (nodemailer `requireTLS`).
   * Defaults to true in production, false elsewhere; a set value wins.
   */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'SMTP_REQUIRE_TLS must be true or false' })
  SMTP_REQUIRE_TLS!: boolean;

  @Matches(/^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
    message: 'MAIL_FROM must be an address such as no-reply@example.com or Puente <no-reply@example.com>',
  })
  MAIL_FROM!: string;

  /** Where mail is written when SMTP_URL is unset. Resolved against the working directory, like PUENTE_DATA_DIR. */
  @Transform(({ value }) => (typeof value === 'string' && value !== '' && !isAbsolute(value) ? resolve(value) : value))
  @IsString()
  @MinLength(1, { message: 'MAIL_DIR must not be empty' })
  MAIL_DIR!: string;

  // Uploaded files go to S3 when S3_BUCKET is set (with the region and keys: all or nothing, see
  // s3-config.ts), else to local disk under PUENTE_DATA_DIR/files.
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a bucket name: 3-63 lowercase letters, digits, "." or "-"' })
  S3_BUCKET?: string;

  /** An S3-compatible service's URL (MinIO, R2, ...); unset for AWS S3 itself. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'S3_ENDPOINT must be an http:// or https:// URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'S3_REGION must be a region name such as us-east-1' })
  S3_REGION?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  S3_SECRET_ACCESS_KEY?: string;

  /** Address objects as `endpoint/bucket/key` (most S3-compatible services) rather than `bucket.endpoint/key`. */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'S3_FORCE_PATH_STYLE must be true or false' })
  S3_FORCE_PATH_STYLE?: boolean;

  // Search runs on Meilisearch when MEILI_URL is set (then MEILI_MASTER_KEY is required, see
  // meili-config.ts), else on PostgreSQL.
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'MEILI_URL must be an http:// or https:// URL' })
  MEILI_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters (Meilisearch refuses shorter ones in production)' })
  MEILI_MASTER_KEY?: string;
}

export class ApiEnvironment extends CommonEnvironment {
  @Type(() => Number)
  @IsInt({ message: 'PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'PORT must be an integer between 1 and 65535' })
  @Max(65_535, { message: 'PORT must be an integer between 1 and 65535' })
  PORT!: number;

  /** Comma-separated origins allowed by CORS; empty allows none (same-origin only). */
  @IsString()
  CORS_ORIGINS!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_MAX_REQUESTS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_WINDOW_SECONDS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1_024)
  @Max(50 * 1_024 * 1_024)
  HTTP_BODY_LIMIT_BYTES!: number;

  /** Levels of nested objects and arrays a JSON body may have (deeper is 400 BODY_TOO_DEEP). */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(256)
  HTTP_BODY_MAX_DEPTH!: number;

  /** Keys one object of a JSON body may have (more is 400 BODY_TOO_MANY_KEYS). */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  HTTP_BODY_MAX_KEYS!: number;

  /** Items one array of a JSON body may have (more is 400 BODY_TOO_MANY_ITEMS). */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(10_000_000)
  HTTP_BODY_MAX_ITEMS!: number;

  /** The built web app the API serves at `/`; nothing is served when the folder has no index.html. */
  @IsString()
  WEB_DIST_DIR!: string;

  /** Express `trust proxy`: "false", "true", a hop count, or "loopback"/addresses. */
  @IsString()
  TRUST_PROXY!: string;

  /** Largest file one upload may carry (413 UPLOAD_TOO_LARGE above it). */
  @Type(() => Number)
  @IsInt()
  @Min(1_024)
  @Max(1_024 * 1_024 * 1_024)
  UPLOAD_MAX_BYTES!: number;

  /** Bytes of uploaded files one organization may keep in all (413 UPLOAD_QUOTA_EXCEEDED past it). */
  @Type(() => Number)
  @IsInt()
  @Min(1_024)
  UPLOAD_QUOTA_BYTES_PER_ORGANIZATION!: number;

  /** Largest drawing or specification attached to an RFQ (413 UPLOAD_TOO_LARGE above it). */
  @Type(() => Number)
  @IsInt()
  @Min(1_024)
  @Max(1_024 * 1_024 * 1_024)
  RFQ_ATTACHMENT_MAX_BYTES!: number;

  /** Files one RFQ may hold (409 RFQ_ATTACHMENT_LIMIT past it). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000)
  RFQ_ATTACHMENT_MAX_COUNT!: number;

  /** Largest quote document (a supplier's own PDF) a quote may carry (413 UPLOAD_TOO_LARGE above it). */
  @Type(() => Number)
  @IsInt()
  @Min(1_024)
  @Max(1_024 * 1_024 * 1_024)
  QUOTE_ATTACHMENT_MAX_BYTES!: number;

  /** Quote documents one supplier organization may upload for its quote on one RFQ (409 RFQ_ATTACHMENT_LIMIT past it). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  QUOTE_ATTACHMENT_MAX_COUNT!: number;

  // The landed-cost figures of the comparison (unset: the documented defaults); each with where it comes from.
  @LandedCostDecimal('LANDED_COST_MEXICO_USD_PER_KM', 'USD per truck-km in Mexico') LANDED_COST_MEXICO_USD_PER_KM?: string;
  @LandedCostSource('LANDED_COST_MEXICO_USD_PER_KM_SOURCE') LANDED_COST_MEXICO_USD_PER_KM_SOURCE?: string;
  @LandedCostDecimal('LANDED_COST_US_USD_PER_KM', 'USD per truck-km in the US') LANDED_COST_US_USD_PER_KM?: string;
  @LandedCostSource('LANDED_COST_US_USD_PER_KM_SOURCE') LANDED_COST_US_USD_PER_KM_SOURCE?: string;
  @LandedCostDecimal('LANDED_COST_CROSSING_USD_PER_TRUCK', 'USD per truck for the crossing') LANDED_COST_CROSSING_USD_PER_TRUCK?: string;
  @LandedCostSource('LANDED_COST_CROSSING_USD_PER_TRUCK_SOURCE') LANDED_COST_CROSSING_USD_PER_TRUCK_SOURCE?: string;
  @LandedCostDecimal('LANDED_COST_MPF_RATE_PERCENT', 'a percent of the customs value') LANDED_COST_MPF_RATE_PERCENT?: string;
  @LandedCostDecimal('LANDED_COST_MPF_MINIMUM_USD', 'USD per entry') LANDED_COST_MPF_MINIMUM_USD?: string;
  @LandedCostDecimal('LANDED_COST_MPF_MAXIMUM_USD', 'USD per entry') LANDED_COST_MPF_MAXIMUM_USD?: string;
  @IsOptional() @IsString() LANDED_COST_MPF_FISCAL_YEAR?: string;
  @LandedCostSource('LANDED_COST_MPF_SOURCE') LANDED_COST_MPF_SOURCE?: string;
  @LandedCostChapterRates('LANDED_COST_DUTY_RATES') LANDED_COST_DUTY_RATES?: string;
  @LandedCostDecimal('LANDED_COST_DUTY_DEFAULT_PERCENT', 'a percent') LANDED_COST_DUTY_DEFAULT_PERCENT?: string;
  @LandedCostSource('LANDED_COST_DUTY_SOURCE') LANDED_COST_DUTY_SOURCE?: string;
}

export class WorkerEnvironment extends CommonEnvironment {
  /** Liveness and readiness only; the worker serves nothing else over HTTP. */
  @Type(() => Number)
  @IsInt({ message: 'WORKER_HEALTH_PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'WORKER_HEALTH_PORT must be an integer between 1 and 65535' })
  @Max(65_535, { message: 'WORKER_HEALTH_PORT must be an integer between 1 and 65535' })
  WORKER_HEALTH_PORT!: number;

  /** Jobs processed at once per queue by one worker process. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(256)
  WORKER_CONCURRENCY!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  QUEUE_ATTEMPTS!: number;

  /** First retry delay; each next one doubles. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  QUEUE_BACKOFF_MS!: number;

  /** A job whose worker died is retried after about this long (also its lock duration). */
  @Type(() => Number)
  @IsInt()
  @Min(500)
  QUEUE_STALLED_INTERVAL_MS!: number;

  /** Failed jobs stay in Redis this long for inspection, then BullMQ removes them. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  QUEUE_FAILED_RETENTION_DAYS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  OUTBOX_BATCH_SIZE!: number;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_INTERVAL_MS!: number;

  /** Sent outbox rows and inbox records are deleted after this long. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  OUTBOX_RETENTION_HOURS!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  OUTBOX_PRUNE_INTERVAL_MINUTES!: number;

  /** Local hour (0-23, in each user's time zone) at which daily digests go out. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_LOCAL_HOUR!: number;

  /** How often the digest job looks for users whose local hour has come. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  DIGEST_CHECK_INTERVAL_MINUTES!: number;

  /** How many suppliers the RFQ fan-out invites from the matching (the buyer's own picks come on top). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  RFQ_INVITE_TOP_N!: number;

  /** How often the sweep closes open RFQs past their deadline that a lost delayed job missed. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  RFQ_DEADLINE_SWEEP_SECONDS!: number;
}
