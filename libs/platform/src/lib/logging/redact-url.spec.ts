import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('leaves a URL without a query alone', () => {
    expect(redactUrl('/api/v1/me')).toBe('/api/v1/me');
  });

  it('redacts the value of every secret-named parameter, whatever its case or encoding', () => {
    expect(redactUrl('/verify-email?token=abc.def')).toBe('/verify-email?token=[REDACTED]');
    expect(redactUrl('/x?Token=1&refreshToken=2&PASSWORD=3&secret=4&key=5&code=6')).toBe(
      '/x?Token=[REDACTED]&refreshToken=[REDACTED]&PASSWORD=[REDACTED]&secret=[REDACTED]&key=[REDACTED]&code=[REDACTED]',
    );
    expect(redactUrl('/x?%74oken=abc')).toBe('/x?%74oken=[REDACTED]');
  });

  it('keeps other parameters and repeated ones', () => {
    expect(redactUrl('/api/v1/admin/audit-events?action=auth.signed_in&token=a&token=b&limit=5')).toBe(
      '/api/v1/admin/audit-events?action=auth.signed_in&token=[REDACTED]&token=[REDACTED]&limit=5',
    );
  });

  it('does not throw on malformed encoding', () => {
    expect(redactUrl('/x?%E0%A4%A=1&token=%zz')).toBe('/x?%E0%A4%A=1&token=[REDACTED]');
  });

  it('does not treat names that merely contain a secret word as secret', () => {
    expect(redactUrl('/x?tokenize=1&postcode=2')).toBe('/x?tokenize=1&postcode=2');
  });
});
