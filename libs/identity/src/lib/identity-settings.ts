import type { PasswordHashingParameters } from './passwords/password-hasher';

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
  signInThrottle: { perAccount: number; perIp: number; windowSeconds: number };
}

export const IDENTITY_SETTINGS = Symbol('IDENTITY_SETTINGS');
