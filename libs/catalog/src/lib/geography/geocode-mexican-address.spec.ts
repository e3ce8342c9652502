import { geocodeMexicanAddress } from './geocode-mexican-address';

describe('geocodeMexicanAddress', () => {
  it('locates "Monterrey, Nuevo León" at locality precision near 25.67,-100.31', () => {
    const result = geocodeMexicanAddress({ state: 'Nuevo León', municipality: 'Monterrey', locality: 'Monterrey' });
    expect(result?.precision).toBe('locality');
    expect(result?.lat).toBeCloseTo(25.67, 1);
    expect(result?.lon).toBeCloseTo(-100.31, 1);
    expect(result?.matched.locality?.name).toBe('Monterrey');
    expect(result?.matched.municipality).toEqual({ code: '039', name: 'Monterrey' });
  });

  it('finds a locality in the state when no municipality is given, preferring the right state', () => {
    // "Monterrey" is also a village in Chiapas and Tabasco: the state must decide.
    const result = geocodeMexicanAddress({ state: 'nuevo leon', locality: 'MONTERREY' });
    expect(result?.precision).toBe('locality');
    expect(result?.lat).toBeCloseTo(25.66, 1);
    expect(result?.matched.municipality?.name).toBe('Monterrey');
  });

  it('gives municipality precision at the seat for "Apodaca, NL"', () => {
    const result = geocodeMexicanAddress({ state: 'NL', municipality: 'Apodaca' });
    expect(result?.precision).toBe('municipality');
    expect(result?.matched.municipality).toEqual({ code: '006', name: 'Apodaca' });
    expect(result?.lat).toBeCloseTo(25.78, 1);
    expect(result?.lon).toBeCloseTo(-100.19, 1);
  });

  it('gives state precision for "Jalisco" alone, at its population-weighted centroid (near Guadalajara)', () => {
    const result = geocodeMexicanAddress({ state: 'Jalisco' });
    expect(result?.precision).toBe('state');
    expect(result?.matched).toEqual({ state: { code: '14', name: 'Jalisco' } });
    expect(result?.lat).toBeCloseTo(20.6, 0);
    expect(result?.lon).toBeCloseTo(-103.4, 0);
  });

  it('falls back to the municipality seat when the locality is unknown', () => {
    const result = geocodeMexicanAddress({ state: 'NL', municipality: 'Apodaca', locality: 'Parque Industrial Inexistente' });
    expect(result?.precision).toBe('municipality');
    expect(result?.matched.locality).toBeUndefined();
    expect(result?.matched.municipality?.name).toBe('Apodaca');
  });

  it('falls back to the state when neither municipality nor locality is known', () => {
    const result = geocodeMexicanAddress({ state: 'Coahuila', municipality: 'Atlantis', locality: 'Nowhere' });
    expect(result?.precision).toBe('state');
    expect(result?.matched.state.code).toBe('05');
  });

  it('matches "Ciudad Juárez" to the locality INEGI calls "Juárez", with accents ignored', () => {
    const result = geocodeMexicanAddress({ state: 'Chihuahua', municipality: 'juarez', locality: 'Cd. Juárez' });
    expect(result?.precision).toBe('locality');
    expect(result?.lat).toBeCloseTo(31.7, 1);
  });

  it('keeps the postal code but never locates by it', () => {
    const withCp = geocodeMexicanAddress({ state: 'Jalisco', postalCode: ' 64000 ' });
    const without = geocodeMexicanAddress({ state: 'Jalisco' });
    // 64000 is a Monterrey postal code: had it been used, the point would have moved to Nuevo León.
    expect(withCp?.matched.postalCode).toBe('64000');
    expect(withCp?.precision).toBe('state');
    expect({ lat: withCp?.lat, lon: withCp?.lon }).toEqual({ lat: without?.lat, lon: without?.lon });
  });

  it('accepts INEGI codes for state and municipality', () => {
    const result = geocodeMexicanAddress({ state: '19', municipality: '39' });
    expect(result?.matched.municipality?.name).toBe('Monterrey');
  });

  it('returns null for an unknown state', () => {
    expect(geocodeMexicanAddress({ state: 'Texas', locality: 'Laredo' })).toBeNull();
  });
});
