import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { MembershipRole, OrganizationKind } from '@puente/identity';
import { AppError } from '@puente/platform';
import { MEMBERSHIP_ROLES, ORGANIZATION_KINDS, VERIFIED_EMAIL } from './access.decorators';
import type { AuthenticatedRequest } from './request-principal';

/** Organization kind, membership role and verified e-mail, as the route declares them; 403 when they do not hold. */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) return true; // a @Public() route
    const targets = [context.getHandler(), context.getClass()];
    const kinds = this.reflector.getAllAndOverride<OrganizationKind[] | undefined>(ORGANIZATION_KINDS, targets);
    if (kinds && !kinds.includes(principal.organizationKind)) {
      throw new AppError('FORBIDDEN', {
        details: [{ issue: 'organization_kind', message: `only ${kinds.join(' or ')} organizations may do this` }],
      });
    }
    const roles = this.reflector.getAllAndOverride<MembershipRole[] | undefined>(MEMBERSHIP_ROLES, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new AppError('FORBIDDEN', { details: [{ issue: 'role', message: `only ${roles.join(' or ')}s may do this` }] });
    }
    if (this.reflector.getAllAndOverride<boolean>(VERIFIED_EMAIL, targets) && !principal.emailVerified) {
      throw new AppError('EMAIL_NOT_VERIFIED');
    }
    return true;
  }
}
