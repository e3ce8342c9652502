import { certificationDatesProblem, certificationStatus } from './certification-status';

// Instants are written in UTC; Mexico City is UTC-6, so 05:59Z is still the previous day there.
const at = (iso: string) => new Date(iso);

describe('certificationStatus', () => {
  const cert = { validFrom: '2024-04-01', validUntil: '2027-03-31' };

  it('is valid through the whole valid-until day in Mexico City and expired from the next day', () => {
    expect(certificationStatus(cert, at('2027-03-31T12:00:00Z'))).toBe('valid');
    expect(certificationStatus(cert, at('2027-04-01T05:59:59Z'))).toBe('valid'); // 23:59:59 on the 31st in CDMX
    expect(certificationStatus(cert, at('2027-04-01T06:00:00Z'))).toBe('expired'); // midnight on 1 April in CDMX
    expect(certificationStatus(cert, at('2030-01-01T00:00:00Z'))).toBe('expired');
  });

  it('is not yet valid before the valid-from day starts in Mexico City', () => {
    expect(certificationStatus(cert, at('2024-04-01T05:59:59Z'))).toBe('not_yet_valid');
    expect(certificationStatus(cert, at('2024-04-01T06:00:00Z'))).toBe('valid');
  });

  it('treats a missing date as an open end', () => {
    expect(certificationStatus({ validFrom: null, validUntil: null }, at('2099-01-01T00:00:00Z'))).toBe('valid');
    expect(certificationStatus({ validFrom: null, validUntil: '2020-01-01' }, at('2020-01-02T12:00:00Z'))).toBe('expired');
    expect(certificationStatus({ validFrom: '2030-01-01', validUntil: null }, at('2029-12-31T12:00:00Z'))).toBe('not_yet_valid');
  });

  it('a one-day certificate is valid on that day only', () => {
    const oneDay = { validFrom: '2026-05-05', validUntil: '2026-05-05' };
    expect(certificationStatus(oneDay, at('2026-05-04T12:00:00Z'))).toBe('not_yet_valid');
    expect(certificationStatus(oneDay, at('2026-05-05T12:00:00Z'))).toBe('valid');
    expect(certificationStatus(oneDay, at('2026-05-06T12:00:00Z'))).toBe('expired');
  });
});

describe('certificationDatesProblem', () => {
  it('names validUntil when it is before validFrom', () => {
    expect(certificationDatesProblem('2026-05-05', '2026-05-04')).toEqual({ field: 'validUntil', issue: 'before_valid_from' });
    expect(certificationDatesProblem('2026-01-01', '2025-12-31')).toEqual({ field: 'validUntil', issue: 'before_valid_from' });
  });

  it('accepts the same day, later days and missing dates', () => {
    expect(certificationDatesProblem('2026-05-05', '2026-05-05')).toBeNull();
    expect(certificationDatesProblem('2026-05-05', '2029-05-04')).toBeNull();
    expect(certificationDatesProblem(null, '2020-01-01')).toBeNull();
    expect(certificationDatesProblem('2020-01-01', null)).toBeNull();
  });
});
