import { haversineKm } from './haversine-km';

describe('haversineKm', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 25.6647, lon: -100.3109 };
    const b = { lat: 27.4996, lon: -99.5074 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
  });

  it('gives one degree of latitude as about 111.2 km', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.2, 1);
  });
});
