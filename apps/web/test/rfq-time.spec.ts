import { fromZonedInput, toZonedInput } from '../src/components/rfq-time';

// The quote deadline is typed on the buyer's wall clock (their profile's zone), whatever the browser's zone.
describe('RFQ deadline time zones', () => {
  it('reads a Chicago wall-clock time as the instant it means, in winter (UTC-6) and summer (UTC-5)', () => {
    expect(fromZonedInput('2026-12-17T17:00', 'America/Chicago')).toBe('2026-12-17T23:00:00.000Z');
    expect(fromZonedInput('2026-07-01T17:00', 'America/Chicago')).toBe('2026-07-01T22:00:00.000Z');
  });

  it('a zone east of UTC and UTC itself', () => {
    expect(fromZonedInput('2026-12-17T09:30', 'Asia/Kolkata')).toBe('2026-12-17T04:00:00.000Z');
    expect(fromZonedInput('2026-12-17T09:30', 'UTC')).toBe('2026-12-17T09:30:00.000Z');
  });

  it('the day clocks move: the first hour after the change keeps its meaning', () => {
    // 2026-03-08 02:00 CST → 03:00 CDT in Chicago; 03:30 CDT is 08:30 UTC.
    expect(fromZonedInput('2026-03-08T03:30', 'America/Chicago')).toBe('2026-03-08T08:30:00.000Z');
    // 2026-11-01 01:30 happens twice; the answer is one of the two instants.
    expect(['2026-11-01T06:30:00.000Z', '2026-11-01T07:30:00.000Z']).toContain(fromZonedInput('2026-11-01T01:30', 'America/Chicago'));
  });

  it('shows a stored instant on the buyer’s wall clock, and back again', () => {
    expect(toZonedInput('2026-12-17T23:00:00.000Z', 'America/Chicago')).toBe('2026-12-17T17:00');
    expect(toZonedInput('2026-12-18T03:00:00.000Z', 'America/Mexico_City')).toBe('2026-12-17T21:00');
    expect(fromZonedInput(toZonedInput('2027-05-04T15:45:00.000Z', 'America/Los_Angeles'), 'America/Los_Angeles')).toBe('2027-05-04T15:45:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(fromZonedInput('', 'America/Chicago')).toBeNull();
    expect(fromZonedInput('tomorrow at five', 'America/Chicago')).toBeNull();
  });
});
