import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings';

export interface PasswordHashingParameters {
  /** KiB */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/**
 * argon2id at OWASP's first recommended setting: 19 MiB, 2 passes, 1 lane (see `npm run bench --
 * password-hashing` for the time on this machine). Tests run with a cheap setting, only under NODE_ENV=test.
 */
export const PRODUCTION_PASSWORD_HASHING: PasswordHashingParameters = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
export const TEST_PASSWORD_HASHING: PasswordHashingParameters = { memoryCost: 1_024, timeCost: 1, parallelism: 1 };

export function passwordHashingFor(nodeEnv: string): PasswordHashingParameters {
  return nodeEnv === 'test' ? TEST_PASSWORD_HASHING : PRODUCTION_PASSWORD_HASHING;
}

@Injectable()
export class PasswordHasher {
  /** Verifying against this keeps a sign-in for an unknown e-mail as slow as one for a known e-mail. */
  private dummyHash?: Promise<string>;

  constructor(@Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.settings.passwordHashing });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }

  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('puente-timing-equalizer');
    await argon2.verify(await this.dummyHash, password);
    return false;
  }
}
