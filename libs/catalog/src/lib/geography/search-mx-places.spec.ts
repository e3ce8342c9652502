import { resolveMxState } from './resolve-mx-state';
import { MX_PLACE_SEARCH_MAX_LIMIT, searchMxPlaces } from './search-mx-places';

const brief = (query: string, options?: Parameters<typeof searchMxPlaces>[1]) =>
  searchMxPlaces(query, options).map((place) => `${place.kind} ${place.name}, ${place.state.name} (${place.match})`);

describe('searchMxPlaces', () => {
  it('"Apodaca" finds the city INEGI calls "Ciudad Apodaca" and its municipality, exactly', () => {
    const [city, municipality] = searchMxPlaces('Apodaca');
    expect(city).toMatchObject({
      kind: 'locality',
      name: 'Ciudad Apodaca',
      municipality: { code: '006', name: 'Apodaca' },
      state: { code: '19', name: 'Nuevo León' },
      precision: 'locality',
      match: 'exact',
    });
    expect(city.population).toBeGreaterThan(500_000);
    expect(city.lat).toBeCloseTo(25.78, 1);
    expect(city.lon).toBeCloseTo(-100.19, 1);
    expect(municipality).toMatchObject({ kind: 'municipality', code: '006', name: 'Apodaca', precision: 'municipality', population: null });
    expect(municipality.municipality).toBeUndefined();
  });

  it('"san pedro garza" (no accents, unfinished) finds San Pedro Garza García by the start of its name', () => {
    expect(brief('san pedro garza')).toEqual([
      'locality San Pedro Garza Garcia, Nuevo León (prefix)',
      'municipality San Pedro Garza García, Nuevo León (prefix)',
    ]);
  });

  it('"Queretaro" finds the municipality and the state exactly, ahead of the city it is a word of', () => {
    const results = brief('Queretaro');
    expect(results.slice(0, 2)).toEqual(['municipality Querétaro, Querétaro (exact)', 'state Querétaro, Querétaro (exact)']);
    expect(results).toContain('locality Santiago de Queretaro, Querétaro (word)');
  });

  it('ranks equally good matches by population: Juárez, Chihuahua before the other Juárez', () => {
    const [first] = searchMxPlaces('juárez');
    expect(first).toMatchObject({ kind: 'locality', state: { name: 'Chihuahua' }, match: 'exact' });
    expect(searchMxPlaces('Cd. Juárez')[0]).toEqual(first);
    const prefixes = searchMxPlaces('leon', { limit: 50 }).filter((place) => place.match === 'prefix' && place.kind === 'locality');
    const populations = prefixes.map((place) => place.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('ranks exact before prefix before word matches', () => {
    const order = { exact: 0, prefix: 1, word: 2 };
    const matches = searchMxPlaces('monterrey', { limit: 50 }).map((place) => order[place.match]);
    expect(matches).toEqual([...matches].sort((a, b) => a - b));
    expect(matches).toContain(2);
  });

  it('matches the starts of words in any order: "garcia" within a state finds García and San Pedro Garza García', () => {
    const results = brief('garcia', { state: resolveMxState('NL') });
    expect(results.slice(0, 2)).toEqual(['locality Garcia, Nuevo León (exact)', 'municipality García, Nuevo León (exact)']);
    expect(results).toContain('municipality San Pedro Garza García, Nuevo León (word)');
    expect(brief('garza san')).toContain('municipality San Pedro Garza García, Nuevo León (word)');
  });

  it('finds states by their common names', () => {
    expect(searchMxPlaces('CDMX')[0]).toMatchObject({ kind: 'state', code: '09', name: 'Ciudad de México', precision: 'state', match: 'exact' });
    expect(searchMxPlaces('coahuila')[0]).toMatchObject({ kind: 'state', code: '05', match: 'exact' });
  });

  it('keeps to the state filter', () => {
    const results = searchMxPlaces('san jose', { state: resolveMxState('Jalisco'), limit: 50 });
    expect(results.length).toBeGreaterThan(5);
    expect(results.every((place) => place.state.code === '14')).toBe(true);
  });

  it('limits the results and finds nothing for text without letters or digits', () => {
    expect(searchMxPlaces('a', { limit: 3 })).toHaveLength(3);
    expect(searchMxPlaces('a', { limit: 500 })).toHaveLength(MX_PLACE_SEARCH_MAX_LIMIT);
    expect(searchMxPlaces('a')).toHaveLength(10);
    expect(searchMxPlaces(' .,- ')).toEqual([]);
    expect(searchMxPlaces('Atlantis')).toEqual([]);
  });
});
