import { repseStatus, repseValidUntil } from './repse';

const at = (iso: string) => new Date(iso);

describe('repseStatus', () => {
  it('is none without a registration', () => {
    expect(repseStatus(null, null, at('2026-06-01T12:00:00Z'))).toBe('none');
  });

  it('uses the valid-until of the registration, inclusive, in Mexico City days', () => {
    expect(repseStatus('2023-06-15', '2026-06-14', at('2026-06-15T05:59:59Z'))).toBe('valid'); // still the 14th in CDMX
    expect(repseStatus('2023-06-15', '2026-06-14', at('2026-06-15T06:00:00Z'))).toBe('expired');
    // A renewal recorded as a later valid-until keeps it valid past three years from the first registration.
    expect(repseStatus('2021-06-15', '2027-06-14', at('2026-06-15T12:00:00Z'))).toBe('valid');
  });

  it('without a valid-until, covers three years from the registration date', () => {
    expect(repseValidUntil('2023-06-15')).toBe('2026-06-14');
    expect(repseStatus('2023-06-15', null, at('2026-06-14T12:00:00Z'))).toBe('valid');
    expect(repseStatus('2023-06-15', null, at('2026-06-15T12:00:00Z'))).toBe('expired');
  });

  it('handles a registration on 29 February', () => {
    expect(repseValidUntil('2024-02-29')).toBe('2027-02-28');
  });

  it('is none while the registration date is still ahead, valid from that day', () => {
    expect(repseStatus('2026-07-01', null, at('2026-06-30T12:00:00Z'))).toBe('none');
    expect(repseStatus('2026-07-01', null, at('2026-07-01T12:00:00Z'))).toBe('valid');
  });

  it('with a valid-until alone, follows it', () => {
    expect(repseStatus(null, '2026-01-31', at('2026-01-31T12:00:00Z'))).toBe('valid');
    expect(repseStatus(null, '2026-01-31', at('2026-02-01T12:00:00Z'))).toBe('expired');
  });
});
