import { DEFAULT_TRANSIT_ASSUMPTIONS, estimateTransit } from './estimate-transit';
import { geocodeMexicanAddress } from './geocode-mexican-address';
import { haversineKm } from './haversine-km';
import { findLandPort } from './land-ports.loader';

const monterrey = { lat: 25.664697, lon: -100.310892 };

function tijuana() {
  const point = geocodeMexicanAddress({ state: 'Baja California', locality: 'Tijuana' });
  if (!point) throw new Error('Tijuana not found');
  return point;
}

describe('estimateTransit', () => {
  it('routes Monterrey to Dallas (75201) through Laredo, with sane distances', () => {
    const result = estimateTransit({ origin: monterrey, destinationZip: '75201' });
    expect(result?.destination).toMatchObject({ city: 'Dallas', state: 'TX' });
    expect(result?.best.port.name).toBe('Laredo');
    expect(result?.best.port.crossings).toContain('Colombia Solidarity Bridge');

    // Hand check: Monterrey-Laredo is about 220 km great-circle (25.66,-100.31 to 27.50,-99.51).
    const laredo = findLandPort('Laredo');
    if (!laredo) throw new Error('Laredo missing');
    const greatCircle = haversineKm(monterrey, laredo);
    expect(greatCircle).toBeGreaterThan(200);
    expect(greatCircle).toBeLessThan(240);
    expect(result?.best.kmMexico).toBeCloseTo(greatCircle * 1.25, 0);
    // Laredo-Dallas is about 640 km great-circle, about 800 km by the road factor.
    expect(result?.best.kmUs).toBeGreaterThan(760);
    expect(result?.best.kmUs).toBeLessThan(840);
    expect(result?.best.totalKm).toBeCloseTo((result?.best.kmMexico ?? 0) + (result?.best.kmUs ?? 0), 0);
    // 1077.8 km / 800 + 1 = 2.35 -> 2.3 (one decimal, not rounded up).
    expect(result?.best.transitDays).toBeCloseTo(1 + (result?.best.totalKm ?? 0) / 800, 1);
    expect(result?.assumptions).toEqual(DEFAULT_TRANSIT_ASSUMPTIONS);
  });

  it('returns every truck port as a candidate, shortest first', () => {
    const result = estimateTransit({ origin: monterrey, destinationZip: '75201' });
    const totals = result?.candidates.map((c) => c.totalKm) ?? [];
    expect(totals.length).toBe(21);
    expect([...totals].sort((a, b) => a - b)).toEqual(totals);
    expect(result?.candidates[0]).toEqual(result?.best);
  });

  it('routes Tijuana to San Diego (92101) through Otay Mesa, in about one day', () => {
    const result = estimateTransit({ origin: tijuana(), destinationZip: '92101' });
    expect(result?.best.port.name).toBe('Otay Mesa');
    expect(result?.best.totalKm).toBeLessThan(60);
    expect(result?.best.transitDays).toBeCloseTo(1.1, 1);
    expect(result?.candidates[1].port.name).toBe('Tecate');
  });

  it('echoes and applies configured assumptions', () => {
    const base = estimateTransit({ origin: monterrey, destinationZip: '75201' });
    const custom = estimateTransit({
      origin: monterrey,
      destinationZip: '75201',
      assumptions: { roadFactor: 1.5, kmPerDay: 400, crossingDays: 0.5 },
    });
    expect(custom?.assumptions).toEqual({ roadFactor: 1.5, kmPerDay: 400, crossingDays: 0.5 });
    expect(custom?.best.totalKm).toBeCloseTo((base?.best.totalKm ?? 0) * (1.5 / 1.25), 0);
    expect(custom?.best.transitDays).toBeCloseTo((custom?.best.totalKm ?? 0) / 400 + 0.5, 1);
    expect(custom?.best.transitDays).toBeGreaterThan((base?.best.transitDays ?? 0) + 1);
  });

  it('lets a caller restrict the candidate ports', () => {
    const result = estimateTransit({ origin: monterrey, destinationZip: '75201', portCodes: ['2305', '2303'] });
    expect(result?.candidates.map((c) => c.port.name).sort()).toEqual(['Eagle Pass', 'Hidalgo']);
    expect(result?.best.port.name).toBe('Eagle Pass');
  });

  it('returns null for an unknown ZIP', () => {
    expect(estimateTransit({ origin: monterrey, destinationZip: '00000' })).toBeNull();
    expect(estimateTransit({ origin: monterrey, destinationZip: 'Dallas' })).toBeNull();
  });

  it('keeps the default of an assumption given as undefined', () => {
    const partial = estimateTransit({ origin: monterrey, destinationZip: '75201', assumptions: { roadFactor: undefined, kmPerDay: 400, crossingDays: undefined } });
    expect(partial?.assumptions).toEqual({ ...DEFAULT_TRANSIT_ASSUMPTIONS, kmPerDay: 400 });
  });

  it('rejects nonsensical assumptions', () => {
    expect(() => estimateTransit({ origin: monterrey, destinationZip: '75201', assumptions: { kmPerDay: 0 } })).toThrow(RangeError);
    expect(() => estimateTransit({ origin: monterrey, destinationZip: '75201', assumptions: { roadFactor: 0.9 } })).toThrow(RangeError);
    expect(() => estimateTransit({ origin: monterrey, destinationZip: '75201', assumptions: { crossingDays: -1 } })).toThrow(RangeError);
    expect(() => estimateTransit({ origin: monterrey, destinationZip: '75201', portCodes: ['9999'] })).toThrow(RangeError);
  });
});
