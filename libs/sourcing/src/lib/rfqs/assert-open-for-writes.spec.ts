import { AppError } from '@puente/platform';
import '../sourcing.errors';
import { assertOpenForWrites, isPastDeadline } from './assert-open-for-writes';

const deadline = new Date('2026-12-10T17:00:00.000Z');
const at = (offsetMs: number) => new Date(deadline.getTime() + offsetMs);

function codeOf(run: () => void): { code: string; issue: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, issue: error.details[0]?.issue ?? '' };
  }
}

describe('assertOpenForWrites', () => {
  it('lets a write through one millisecond before the deadline', () => {
    expect(codeOf(() => assertOpenForWrites({ state: 'open', quoteDeadline: deadline }, at(-1)))).toBeNull();
  });

  it('refuses with RFQ_CLOSED at the deadline and one second after it, though the RFQ is still open', () => {
    expect(codeOf(() => assertOpenForWrites({ state: 'open', quoteDeadline: deadline }, at(0)))).toEqual({ code: 'RFQ_CLOSED', issue: 'deadline_passed' });
    expect(codeOf(() => assertOpenForWrites({ state: 'open', quoteDeadline: deadline }, at(1_000)))).toEqual({ code: 'RFQ_CLOSED', issue: 'deadline_passed' });
  });

  it.each(['draft', 'closed', 'awarded', 'cancelled'] as const)('refuses a %s RFQ whatever the time', (state) => {
    expect(codeOf(() => assertOpenForWrites({ state, quoteDeadline: deadline }, at(-86_400_000)))).toEqual({ code: 'RFQ_CLOSED', issue: `state_${state}` });
  });
});

describe('isPastDeadline', () => {
  it('is true only for an open RFQ whose deadline is reached', () => {
    expect(isPastDeadline({ state: 'open', quoteDeadline: deadline }, at(0))).toBe(true);
    expect(isPastDeadline({ state: 'open', quoteDeadline: deadline }, at(-1))).toBe(false);
    expect(isPastDeadline({ state: 'closed', quoteDeadline: deadline }, at(1_000))).toBe(false);
    expect(isPastDeadline({ state: 'open', quoteDeadline: null }, at(1_000))).toBe(false);
  });
});
