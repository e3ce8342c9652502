import { HttpException } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import type { PlatformErrorCode } from '../errors/error-codes';
import { dependencyUnavailableError, unavailableDependency } from '../errors/unavailable-dependency';

const CODE_BY_STATUS: Record<number, PlatformErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'NOT_READY',
};

/** body-parser marks its errors with `type`; each is the client's doing, never a 500. */
const CODE_BY_BODY_PARSER_TYPE: Record<string, PlatformErrorCode> = {
  'entity.parse.failed': 'MALFORMED_JSON',
  'entity.too.large': 'PAYLOAD_TOO_LARGE',
  'encoding.unsupported': 'UNSUPPORTED_MEDIA_TYPE',
  'charset.unsupported': 'UNSUPPORTED_MEDIA_TYPE',
  'request.aborted': 'BAD_REQUEST',
  'request.size.invalid': 'BAD_REQUEST',
  'stream.encoding.set': 'BAD_REQUEST',
  'parameters.too.many': 'PAYLOAD_TOO_LARGE',
};

/**
 * Maps anything thrown while serving a request to an AppError. A dependency that cannot be reached is
 * 503 DEPENDENCY_UNAVAILABLE (the client may retry); other unknown errors become INTERNAL_ERROR.
 */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof AppError) return thrown;

  const bodyParserType = (thrown as { type?: unknown } | null)?.type;
  if (typeof bodyParserType === 'string' && CODE_BY_BODY_PARSER_TYPE[bodyParserType]) {
    return new AppError(CODE_BY_BODY_PARSER_TYPE[bodyParserType], {
      details: [{ field: 'body', issue: bodyParserType, message: (thrown as Error).message }],
      cause: thrown,
    });
  }

  if (thrown instanceof HttpException) {
    const status = thrown.getStatus();
    const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
    const details = code === 'INTERNAL_ERROR' ? [] : [{ issue: code.toLowerCase(), message: thrown.message }];
    return new AppError(code, { details, cause: thrown });
  }

  const dependency = unavailableDependency(thrown);
  if (dependency) return dependencyUnavailableError(dependency, thrown);

  return new AppError('INTERNAL_ERROR', { cause: thrown });
}
