import { haversineKm, loadLandPorts } from '@puente/catalog';
import { locatePlant, nearestPorts, type PlantLocation, type PlantLocationResult } from './plant-location';

function located(result: PlantLocationResult): PlantLocation {
  if (!result.ok) throw new Error(`expected a location, got ${result.field}/${result.issue}`);
  return result.location;
}

describe('locatePlant: precision on the real catalog', () => {
  it('locality precision for "Ciudad Apodaca", Apodaca, Nuevo León, with the INEGI codes', () => {
    const location = located(locatePlant({ state: 'Nuevo León', municipality: 'Apodaca', locality: 'Ciudad Apodaca', postalCode: '66600', street: 'Av. Miguel Alemán 100' }));
    expect(location).toMatchObject({ precision: 'locality', stateCode: '19', municipalityCode: '006', localityCode: '0001' });
    expect(location.lat).toBeCloseTo(25.78, 1);
    expect(location.lon).toBeCloseTo(-100.19, 1);
  });

  it('locality precision without a municipality: the locality names its municipality', () => {
    const location = located(locatePlant({ state: 'Baja California', locality: 'Tijuana' }));
    expect(location).toMatchObject({ precision: 'locality', stateCode: '02', municipalityCode: '004', localityCode: '0001' });
    expect(location.lat).toBeCloseTo(32.53, 1);
  });

  it('municipality precision at the seat for "El Marqués, Querétaro"', () => {
    const location = located(locatePlant({ state: 'Querétaro', municipality: 'El Marqués' }));
    expect(location).toMatchObject({ precision: 'municipality', stateCode: '22', municipalityCode: '011', localityCode: null });
    expect(location.lat).toBeCloseTo(20.6, 1);
  });

  it('state precision at the population-weighted centroid when only the state is given (blank parts count as absent)', () => {
    const location = located(locatePlant({ state: 'NL', municipality: '  ', locality: '' }));
    expect(location).toMatchObject({ precision: 'state', stateCode: '19', municipalityCode: null, localityCode: null });
    // Nuevo León's centroid lies in the Monterrey metropolitan area.
    expect(haversineKm(location, { lat: 25.67, lon: -100.31 })).toBeLessThan(30);
  });

  it('an explicit point overrides the geocoded one with precision point, keeping the codes of the names', () => {
    const location = located(locatePlant({ state: 'NL', municipality: 'Apodaca', point: { lat: 25.7712, lon: -100.1421 } }));
    expect(location).toMatchObject({ lat: 25.7712, lon: -100.1421, precision: 'point', stateCode: '19', municipalityCode: '006' });
  });
});

describe('locatePlant: bad input names the field', () => {
  it('unknown state', () => {
    expect(locatePlant({ state: 'Texas', locality: 'Laredo' })).toEqual({ ok: false, field: 'state', issue: 'unknown' });
    expect(locatePlant({ state: '' })).toEqual({ ok: false, field: 'state', issue: 'unknown' });
  });

  it('a municipality not found is an error, not a silent fall back to the state', () => {
    expect(locatePlant({ state: 'Coahuila', municipality: 'Atlantis' })).toEqual({ ok: false, field: 'municipality', issue: 'unknown' });
    // Apodaca exists, but in Nuevo León, not in Jalisco.
    expect(locatePlant({ state: 'Jalisco', municipality: 'Apodaca' })).toEqual({ ok: false, field: 'municipality', issue: 'unknown' });
  });

  it('a locality not found (in the municipality given) is an error', () => {
    expect(locatePlant({ state: 'NL', municipality: 'Apodaca', locality: 'Parque Industrial Inexistente' })).toEqual({ ok: false, field: 'locality', issue: 'unknown' });
    // Tijuana is a locality of Baja California, not of Apodaca.
    expect(locatePlant({ state: 'NL', municipality: 'Apodaca', locality: 'Tijuana' })).toEqual({ ok: false, field: 'locality', issue: 'unknown' });
  });

  it.each([
    ['swapped latitude and longitude', { lat: -100.19, lon: 25.78 }],
    ['a lost minus sign', { lat: 25.78, lon: 100.19 }],
    ['Phoenix, AZ, north of the box', { lat: 33.45, lon: -112.07 }],
    ['Havana, east of the box', { lat: 23.11, lon: -82.37 }],
    ['San Salvador, south of the box', { lat: 13.69, lon: -89.19 }],
    ['the Pacific, west of the box', { lat: 20, lon: -125 }],
    ['not a number', { lat: Number.NaN, lon: -100.19 }],
  ])('a point outside Mexico (%s) is refused', (_label, point) => {
    expect(locatePlant({ state: 'NL', point })).toEqual({ ok: false, field: 'point', issue: 'outside_mexico' });
  });

  it('the state is still checked when a point is given', () => {
    expect(locatePlant({ state: 'Atlantis', point: { lat: 25.78, lon: -100.19 } })).toEqual({ ok: false, field: 'state', issue: 'unknown' });
  });
});

describe('nearest land ports', () => {
  it('a plant in Apodaca, NL has Laredo and Pharr (Hidalgo) among its three nearest, at plausible road km', () => {
    const ports = located(locatePlant({ state: 'NL', municipality: 'Apodaca' })).nearestPorts;
    expect(ports).toHaveLength(3);
    expect(ports.map((p) => p.portName)).toEqual(expect.arrayContaining(['Laredo', 'Hidalgo']));
    const laredo = ports.find((p) => p.portCode === '2304') ?? { roadKm: NaN, daysToBorder: NaN };
    // Real highway distance Apodaca - Nuevo Laredo is about 220-250 km.
    expect(laredo.roadKm).toBeGreaterThan(200);
    expect(laredo.roadKm).toBeLessThan(300);
    expect(laredo.daysToBorder).toBeCloseTo(laredo.roadKm / 800, 1);
  });

  it('a plant in Tijuana crosses at Otay Mesa, a few km away, although its truck count is unknown', () => {
    const [first] = located(locatePlant({ state: 'BC', municipality: 'Tijuana', locality: 'Tijuana' })).nearestPorts;
    expect(first.portName).toBe('Otay Mesa');
    expect(first.roadKm).toBeLessThan(20);
  });

  it('is sorted by road km, rounded to one decimal, and equal to great-circle × the road factor', () => {
    const plant = { lat: 20.52, lon: -100.81 }; // Celaya
    const ports = nearestPorts(plant);
    expect(ports.map((p) => p.roadKm)).toEqual([...ports.map((p) => p.roadKm)].sort((a, b) => a - b));
    for (const p of ports) {
      const port = loadLandPorts().find((candidate) => candidate.code === p.portCode) ?? { lat: NaN, lon: NaN };
      expect(p.roadKm).toBe(Math.round(haversineKm(plant, port) * 1.25 * 10) / 10);
      expect(Number.isInteger(p.roadKm * 10)).toBe(true);
    }
  });

  it('leaves out low-volume crossings by default; with no minimum, Roma TX is nearest to Apodaca in a straight line', () => {
    const apodaca = { lat: 25.781294, lon: -100.189227 };
    expect(nearestPorts(apodaca).map((p) => p.portName)).not.toContain('Roma');
    expect(nearestPorts(apodaca, { minTrucks2021: 0 })[0].portName).toBe('Roma');
  });

  it('uses the assumptions it is given', () => {
    const apodaca = { lat: 25.781294, lon: -100.189227 };
    const [base] = nearestPorts(apodaca);
    const [slow] = nearestPorts(apodaca, { assumptions: { roadFactor: 2.5, kmPerDay: 100, crossingDays: 0 } });
    expect(slow.portCode).toBe(base.portCode);
    expect(slow.roadKm).toBeCloseTo(base.roadKm * 2, 0);
    expect(slow.daysToBorder).toBeCloseTo(slow.roadKm / 100, 1);
  });
});
