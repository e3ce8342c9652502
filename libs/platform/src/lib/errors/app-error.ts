import { errorDefinition, type Language, type PlatformErrorCode } from './error-codes';

export interface ErrorDetail {
  /** The request field concerned, as a dotted path (`items.0.quantity`), or a header/dependency name. */
  field?: string;
  /** A stable machine-readable reason, e.g. the failed constraint. */
  issue: string;
  message: string;
}

export interface AppErrorOptions {
  /** Overrides the registry's message, per language. */
  message?: Partial<Record<Language, string>>;
  details?: ErrorDetail[];
  cause?: unknown;
  /** Extra response headers (e.g. Retry-After). */
  headers?: Record<string, string>;
}

/** The error every layer throws; the HTTP filter turns it into the one error shape. */
export class AppError extends Error {
  readonly status: number;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;
  private readonly messages: Partial<Record<Language, string>>;

  // `string & {}` keeps editor completion for platform codes while accepting context codes.
  constructor(
    readonly code: PlatformErrorCode | (string & {}),
    options: AppErrorOptions = {},
  ) {
    const definition = errorDefinition(code);
    super(options.message?.en ?? definition.message.en, { cause: options.cause });
    this.name = 'AppError';
    this.status = definition.status;
    this.details = options.details ?? [];
    this.headers = options.headers ?? {};
    this.messages = options.message ?? {};
  }

  messageIn(language: Language): string {
    return this.messages[language] ?? errorDefinition(this.code).message[language];
  }
}
