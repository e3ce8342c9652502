import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { AppError, type ErrorDetail } from '../errors/app-error';
import { printable, unsafeTextIssue } from './unsafe-text';

const MESSAGES = {
  nul_character: 'must not contain a NUL character (%00)',
  unpaired_surrogate: 'must not contain an unpaired UTF-16 surrogate',
} as const;

/**
 * The body's string rule, applied to path and query parameters: NUL and lone surrogates are 400
 * naming the parameter, on every route, before a pipe or a query sees them (`?action=%00` reached
 * PostgreSQL and answered 500 before this existed).
 */
@Injectable()
export class SafeParametersInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const details: ErrorDetail[] = [];
    const check = (name: string, value: unknown) => {
      for (const text of [name, ...(Array.isArray(value) ? value : [value])]) {
        const issue = typeof text === 'string' ? unsafeTextIssue(text) : undefined;
        if (issue) {
          const field = printable(name);
          details.push({ field, issue, message: `${field} ${MESSAGES[issue]}` });
          return;
        }
      }
    };
    for (const [name, value] of Object.entries(request.params ?? {})) check(name, value);
    for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) check(name, value);
    if (!details.length) return next.handle();
    const fields = details.map((detail) => detail.field).join(', ');
    throw new AppError('VALIDATION_FAILED', { details, message: { en: `Invalid fields: ${fields}.`, es: `Campos no válidos: ${fields}.` } });
  }
}
