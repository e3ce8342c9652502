import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { AppError } from '../errors/app-error';

const IGNORES_BODY = 'puente:ignoresBody';

/** For the rare route that must take any body without reading it (a catch-all 404). */
export const IgnoresBody = () => SetMetadata(IGNORES_BODY, true);

function isEmpty(body: unknown): boolean {
  if (body === undefined || body === null) return true;
  if (Array.isArray(body)) return body.length === 0;
  return typeof body === 'object' && Object.keys(body).length === 0;
}

/**
 * A route that declares no @Body() answers a non-empty body the way a DTO answers an unknown
 * property: 400 VALIDATION_FAILED naming each one. Without it such bodies were silently ignored,
 * so a client's mistake (or a probe) went unnoticed. Runs after the guards, so an anonymous
 * caller of a protected route still gets 401 first.
 */
@Injectable()
export class NoBodyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const body = context.switchToHttp().getRequest<Request>().body;
    if (isEmpty(body) || this.declaresBody(context)) return next.handle();
    const fields = Array.isArray(body) || typeof body !== 'object' ? ['body'] : Object.keys(body as object).slice(0, 20);
    throw new AppError('VALIDATION_FAILED', {
      details: fields.map((field) => ({
        field,
        issue: 'unknown_property',
        message: field === 'body' ? 'this route takes no body' : `${field} is not an accepted property`,
      })),
      message: { en: `Invalid fields: ${fields.join(', ')}.`, es: `Campos no válidos: ${fields.join(', ')}.` },
    });
  }

  private declaresBody(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(IGNORES_BODY, [context.getHandler(), context.getClass()])) return true;
    const parameters: Record<string, unknown> = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
    return Object.keys(parameters).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
  }
}
