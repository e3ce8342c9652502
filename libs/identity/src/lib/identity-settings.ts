import type { PasswordHashingParameters } from './passwords/password-hasher';

/** Per-purpose limits counted in Redis (see AbuseLimits); each `max` per `windowSeconds`. */
export interface AbuseLimitSettings {
  signInFailures: { perAccount: number; perIp: number; windowSeconds: number };
  accountEmails: { perAddress: number; perIp: number; windowSeconds: number };
  signUps: { perIp: number; windowSeconds: number };
}

export interface IdentitySettings {
  /** Signs access tokens and derives one-time tokens. */
  secret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  emailVerificationTtlHours: number;
  passwordResetTtlMinutes: number;
  invitationTtlDays: number;
  /** Links in e-mails point here. */
  publicWebUrl: string;
  /** Cookies are marked Secure outside development and test. */
  secureCookies: boolean;
  passwordHashing: PasswordHashingParameters;
  limits: AbuseLimitSettings;
}

export const IDENTITY_SETTINGS = Symbol('IDENTITY_SETTINGS');
