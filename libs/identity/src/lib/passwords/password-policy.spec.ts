import { AppError } from '@puente/platform';
import '../identity.errors';
import { assertPasswordAcceptable } from './password-policy';

function reasons(password: string, email = 'ana@acme.com'): string[] {
  try {
    assertPasswordAcceptable(password, email, 'password');
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe('WEAK_PASSWORD');
    return error.details.map((detail) => detail.message);
  }
}

describe('password policy', () => {
  it('accepts a long passphrase', () => {
    expect(reasons('maple tractor harbor 42')).toEqual([]);
  });

  it.each([
    ['short1', 'password must have at least 12 characters'],
    ['x'.repeat(129), 'password must have at most 128 characters'],
    ['Password1234', 'password is one of the most common passwords'],
    ['aaaaaaaaaaaaaaa', 'password repeats a single character'],
    ['my-name-is-ana.smith-2026', 'password contains your e-mail address'],
  ])('refuses %p: %s', (password, reason) => {
    expect(reasons(password, password.includes('ana') ? 'ana.smith@acme.com' : 'ana@acme.com')).toContain(reason);
  });
});
