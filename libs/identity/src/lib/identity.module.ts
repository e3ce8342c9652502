import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { RecipientDirectory } from '@puente/notifications';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailVerificationService } from './accounts/email-verification.service';
import { PasswordResetService } from './accounts/password-reset.service';
import { ProfileService } from './accounts/profile.service';
import { SignUpService } from './accounts/sign-up.service';
import { AdminBootstrapService } from './admin/admin-bootstrap.service';
import { SuspensionService } from './admin/suspension.service';
import { AuditLog } from './audit/audit-log';
import { AuditQueryService } from './audit/audit-query.service';
import { AuditEvent } from './entities/audit-event.entity';
import { Invitation } from './entities/invitation.entity';
import { Membership } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { UserToken } from './entities/user-token.entity';
import { User } from './entities/user.entity';
import { IDENTITY_SETTINGS, type IdentitySettings } from './identity-settings';
import './identity.errors';
import { IdentityNotificationParams } from './mail/identity-notification-params';
import { IdentityRecipientDirectory } from './mail/identity-recipient-directory';
import { AbuseLimits } from './limits/abuse-limits';
import { PasswordHasher } from './passwords/password-hasher';
import { AuthService } from './sessions/auth.service';
import { PrincipalService } from './sessions/principal.service';
import { SessionService } from './sessions/session.service';
import { InvitationAcceptanceService } from './team/invitation-acceptance.service';
import { TeamService } from './team/team.service';
import { UserTokenService } from './tokens/user-token.service';

/** Every table the identity context maps; for programs that build their own DataSource. */
export const IDENTITY_ENTITIES = [Organization, User, Membership, RefreshToken, UserToken, Invitation, AuditEvent];

function shared(settings: IdentitySettings) {
  return {
    imports: [
      TypeOrmModule.forFeature(IDENTITY_ENTITIES),
      JwtModule.register({ secret: settings.secret, signOptions: { algorithm: 'HS256', issuer: 'puente' }, verifyOptions: { algorithms: ['HS256'], issuer: 'puente' } }),
    ],
    settings: { provide: IDENTITY_SETTINGS, useValue: settings } satisfies Provider,
  };
}

/**
 * For the API. The app provides the platform's RateLimiter (on its fail-fast Redis connection) through a global module.
 */
@Module({})
export class IdentityModule {
  static forRoot(settings: IdentitySettings): DynamicModule {
    const { imports, settings: settingsProvider } = shared(settings);
    const services = [
      AbuseLimits,
      AuditLog,
      AuditQueryService,
      AuthService,
      AdminBootstrapService,
      EmailVerificationService,
      InvitationAcceptanceService,
      PasswordHasher,
      PasswordResetService,
      PrincipalService,
      ProfileService,
      SessionService,
      SignUpService,
      SuspensionService,
      TeamService,
      UserTokenService,
    ];
    return { module: IdentityModule, imports, providers: [settingsProvider, ...services], exports: [IDENTITY_SETTINGS, ...services] };
  }
}

/**
 * For the worker: rebuilds the links of identity's notices and tells notifications who users are.
 * Global so that the notifications worker module can inject the RecipientDirectory.
 */
@Module({})
export class IdentityWorkerModule {
  static forRoot(settings: IdentitySettings): DynamicModule {
    const { imports, settings: settingsProvider } = shared(settings);
    const directory = { provide: RecipientDirectory, useClass: IdentityRecipientDirectory };
    return {
      module: IdentityWorkerModule,
      global: true,
      imports,
      providers: [settingsProvider, directory, IdentityNotificationParams],
      exports: [RecipientDirectory],
    };
  }
}
