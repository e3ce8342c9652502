import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal, RequestOrigin } from '@puente/identity';
import type { Request } from 'express';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/** The signed-in caller; only on routes that are not @Public(). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return principal;
});

/** IP (honouring TRUST_PROXY) and user agent, for the audit log and sign-in throttling. */
export const Origin = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestOrigin => {
    const request = context.switchToHttp().getRequest<Request>();
    return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
  },
);
