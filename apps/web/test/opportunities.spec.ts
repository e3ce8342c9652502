import { feedQueryOf, filtersFrom, NO_FILTERS, paramsOf, tabFrom } from '../src/components/opportunity-feed-url-state';
import { timeLeft } from '../src/components/opportunity-time-left';

describe('the Opportunities page state in the address', () => {
  it('reads the feed tab and its filters back from the address it wrote', () => {
    const filters = { process: 'proc.casting.die-casting', withinDays: 14 };
    const params = new URLSearchParams(paramsOf('feed', filters));
    expect(params.toString()).toBe('tab=feed&process=proc.casting.die-casting&within=14');
    expect([tabFrom(params), filtersFrom(params)]).toEqual(['feed', filters]);
  });

  it('keeps nothing for the invitations tab, and reads a window the page does not offer as none', () => {
    expect(paramsOf('invitations', { process: 'proc.stamping', withinDays: 7 })).toEqual({});
    expect(tabFrom(new URLSearchParams())).toBe('invitations');
    expect(filtersFrom(new URLSearchParams('tab=feed&within=5'))).toEqual(NO_FILTERS);
    expect(filtersFrom(new URLSearchParams('tab=feed&within=abc'))).toEqual(NO_FILTERS);
  });

  it('asks the feed for deadlines before now plus the window, with the page size and cursor', () => {
    const now = Date.parse('2026-12-07T06:00:00.000Z');
    expect(feedQueryOf({ process: 'proc.stamping', withinDays: 3 }, 20, now, 'c40')).toEqual({
      limit: 20,
      process: 'proc.stamping',
      deadlineBefore: '2026-12-10T06:00:00.000Z',
      cursor: 'c40',
    });
    expect(feedQueryOf(NO_FILTERS, 20, now)).toEqual({ limit: 20 });
  });
});

describe('the time left before a quote deadline', () => {
  const now = Date.parse('2026-12-07T06:00:00.000Z');

  it('counts whole days, then hours, then minutes, rounding down', () => {
    expect(timeLeft('2026-12-17T05:59:00.000Z', now)).toEqual({ unit: 'days', count: 9 });
    expect(timeLeft('2026-12-08T06:00:00.000Z', now)).toEqual({ unit: 'days', count: 1 });
    expect(timeLeft('2026-12-08T05:59:00.000Z', now)).toEqual({ unit: 'hours', count: 23 });
    expect(timeLeft('2026-12-07T06:59:59.000Z', now)).toEqual({ unit: 'minutes', count: 59 });
    expect(timeLeft('2026-12-07T06:00:00.000Z', now)).toEqual({ unit: 'minutes', count: 0 });
  });

  it('says nothing is left once the deadline passed', () => {
    expect(timeLeft('2026-12-07T05:59:00.000Z', now)).toBeNull();
  });
});
