import type { CommonEnvironment, LoadedConfig } from '@puente/platform';
import type { IdentitySettings } from './identity-settings';
import { passwordHashingFor } from './passwords/password-hasher';

export function identitySettingsFrom(config: LoadedConfig<CommonEnvironment>): IdentitySettings {
  return {
    secret: config.SESSION_SECRET,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
    emailVerificationTtlHours: config.EMAIL_VERIFICATION_TTL_HOURS,
    passwordResetTtlMinutes: config.PASSWORD_RESET_TTL_MINUTES,
    invitationTtlDays: config.INVITATION_TTL_DAYS,
    publicWebUrl: config.PUBLIC_WEB_URL,
    secureCookies: config.NODE_ENV === 'production',
    passwordHashing: passwordHashingFor(config.NODE_ENV),
    limits: {
      signInFailures: {
        perAccount: config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
        perIp: config.SIGN_IN_MAX_FAILURES_PER_IP,
        windowSeconds: config.SIGN_IN_FAILURE_WINDOW_SECONDS,
      },
      accountEmails: {
        perAddress: config.ACCOUNT_EMAILS_MAX_PER_ADDRESS,
        perIp: config.ACCOUNT_EMAILS_MAX_PER_IP,
        windowSeconds: config.ACCOUNT_EMAILS_WINDOW_SECONDS,
      },
      signUps: { perIp: config.SIGN_UP_MAX_PER_IP, windowSeconds: config.SIGN_UP_WINDOW_SECONDS },
    },
  };
}
