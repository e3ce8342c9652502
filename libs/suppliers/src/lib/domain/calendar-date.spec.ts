import { addDays, addYears, isCalendarDate, mexicoCityDate } from './calendar-date';

describe('mexicoCityDate', () => {
  it('is the date in Mexico City (UTC-6 since it dropped daylight saving time in October 2022)', () => {
    expect(mexicoCityDate(new Date('2026-04-01T05:59:59Z'))).toBe('2026-03-31');
    expect(mexicoCityDate(new Date('2026-04-01T06:00:00Z'))).toBe('2026-04-01');
  });

  it('follows the time-zone database for past daylight saving time (UTC-5 in summer 2021)', () => {
    expect(mexicoCityDate(new Date('2021-07-01T04:59:59Z'))).toBe('2021-06-30');
    expect(mexicoCityDate(new Date('2021-07-01T05:00:00Z'))).toBe('2021-07-01');
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2000-02-29'])('accepts %s', (date) => expect(isCalendarDate(date)).toBe(true));
  it.each(['2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05', '2026-01-05T00:00:00Z', ''])(
    'refuses %j',
    (date) => expect(isCalendarDate(date)).toBe(false),
  );
});

describe('addYears and addDays', () => {
  it('adds calendar years and days, 29 February rolling to 1 March', () => {
    expect(addYears('2023-06-15', 3)).toBe('2026-06-15');
    expect(addYears('2024-02-29', 3)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
