import { deadlineToSend, toZonedInput } from '../src/components/rfq-time';

// The form sends the whole RFQ: a deadline the buyer did not touch must go back as stored, or the RFQ's
// next version announces a change nobody made (the input holds minutes; an API-set deadline has seconds).
describe('the deadline the RFQ form sends', () => {
  const timeZone = 'America/Chicago';
  const stored = '2026-12-17T23:00:42.500Z';

  it('sends a deadline the buyer left alone exactly as stored, seconds included', () => {
    expect(deadlineToSend(toZonedInput(stored, timeZone), timeZone, stored)).toBe(stored);
  });

  it('sends a moved deadline as the instant the buyer typed, in the buyer’s zone', () => {
    expect(deadlineToSend('2026-12-18T17:00', timeZone, stored)).toBe('2026-12-18T23:00:00.000Z');
    expect(deadlineToSend('2026-12-18T17:00', timeZone)).toBe('2026-12-18T23:00:00.000Z');
  });

  it('clears an emptied deadline', () => {
    expect(deadlineToSend('', timeZone, stored)).toBeNull();
  });
});
