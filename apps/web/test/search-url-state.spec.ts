import { apiQueryOf, EMPTY_SEARCH, isSearchable, searchParamsOf, searchStateFrom, toggled } from '../src/components/search-url-state';

describe('the search page state in the address', () => {
  it('reads every field back from the address it wrote', () => {
    const state = {
      ...EMPTY_SEARCH,
      q: 'aluminum die casting',
      zip: '75201',
      maxTransitDays: 4,
      processes: ['proc.casting.die-casting'],
      certifications: ['cert.iatf-16949'],
      states: ['19', '05'],
      verified: true,
      sort: 'transit' as const,
    };
    const params = new URLSearchParams(searchParamsOf(state));
    expect(params.toString()).toBe(
      'q=aluminum+die+casting&zip=75201&maxTransitDays=4&processes=proc.casting.die-casting&certifications=cert.iatf-16949&states=19%2C05&verified=true&sort=transit',
    );
    expect(searchStateFrom(params)).toEqual(state);
  });

  it('leaves the days out without a ZIP, and an empty search asks nothing', () => {
    expect(searchParamsOf({ ...EMPTY_SEARCH, q: ' brake discs ', maxTransitDays: 3 })).toEqual({ q: 'brake discs' });
    expect(isSearchable(EMPTY_SEARCH)).toBe(false);
    expect(isSearchable({ ...EMPTY_SEARCH, states: ['19'] })).toBe(true);
  });

  it('builds the API query with the page size and cursor, and toggles a facet value on and off', () => {
    const state = toggled({ ...EMPTY_SEARCH, q: 'hose assembly' }, 'states', '19');
    expect(apiQueryOf(state, 20, 'next')).toEqual({ q: 'hose assembly', states: '19', limit: 20, cursor: 'next' });
    expect(toggled(state, 'states', '19').states).toEqual([]);
  });
});
