import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PrincipalService } from '@puente/identity';
import { AppError } from '@puente/platform';
import { PUBLIC_ROUTE } from './access.decorators';
import type { AuthenticatedRequest } from './request-principal';

/** Every route needs a valid access token unless marked @Public(); no or bad token is 401. */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new AppError('UNAUTHENTICATED', {
        details: [{ field: 'authorization', issue: 'missing', message: 'send an access token as "Authorization: Bearer <token>"' }],
      });
    }
    request.principal = await this.principals.authenticate(token);
    return true;
  }
}
