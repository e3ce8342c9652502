import type { Request, Response } from 'express';
import type { AppError } from '../errors/app-error';
import { dependencyOutages } from '../errors/dependency-outages';
import { errorResponseBody, preferredLanguage } from '../errors/error-response';
import type { Dependency } from '../errors/unavailable-dependency';

/**
 * Writes the one error shape. Server errors are logged with their stack and the request id, except an
 * unreachable dependency, logged once per outage; the body never carries internals.
 */
export function sendError(request: Request, response: Response, error: AppError): void {
  const requestId = String(request.id ?? '');
  if (error.code === 'DEPENDENCY_UNAVAILABLE') {
    dependencyOutages.failed(error.details[0]?.field as Dependency, request.log, error.cause ?? error);
  } else if (error.status >= 500) {
    request.log?.error({ err: error.cause ?? error, requestId, code: error.code }, 'request failed');
  }
  if (response.headersSent) {
    response.destroy();
    return;
  }
  for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
  response
    .status(error.status)
    .type('application/json')
    .send(JSON.stringify(errorResponseBody(error, requestId, preferredLanguage(request.headers['accept-language']))));
}
