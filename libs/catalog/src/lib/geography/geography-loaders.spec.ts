import { findLandPort, loadLandPorts } from './land-ports.loader';
import { loadMxLocalities } from './mx-localities.loader';
import { loadMxMunicipalities } from './mx-municipalities.loader';
import { loadMxStates } from './mx-states.loader';
import { findUsZip, loadUsZips } from './us-zips.loader';

describe('geography loaders', () => {
  it('loads the 32 states with codes 01-32 and centroids inside Mexico', () => {
    const states = loadMxStates();
    expect(states).toHaveLength(32);
    expect(states.map((s) => s.code)).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const s of states) {
      expect(s.centroid.lat).toBeGreaterThan(14);
      expect(s.centroid.lat).toBeLessThan(33);
      expect(s.centroid.lon).toBeGreaterThan(-118);
      expect(s.centroid.lon).toBeLessThan(-86);
    }
  });

  it('loads about 2,470 municipalities, nearly all with a point, seat first', () => {
    const municipalities = loadMxMunicipalities();
    expect(municipalities.length).toBeGreaterThanOrEqual(2460);
    expect(municipalities.length).toBeLessThanOrEqual(2490);
    const withoutPoint = municipalities.filter((m) => m.point === null);
    expect(withoutPoint.length).toBeLessThanOrEqual(5);
    const monterrey = municipalities.find((m) => m.stateCode === '19' && m.code === '039');
    expect(monterrey).toMatchObject({ name: 'Monterrey', pointSource: 'seat' });
    // A municipality the source gives no seat coordinates still gets a derived point.
    expect(municipalities.some((m) => m.pointSource === 'localities-mean')).toBe(true);
  });

  it('loads localities with coordinates and population', () => {
    const localities = loadMxLocalities();
    expect(localities.length).toBeGreaterThan(10_000);
    const tijuana = localities.find((l) => l.stateCode === '02' && l.name === 'Tijuana');
    expect(tijuana?.population).toBeGreaterThan(1_000_000);
    expect(localities.every((l) => Number.isFinite(l.lat) && Number.isFinite(l.lon))).toBe(true);
  });

  it('loads US ZIPs with place names and accepts ZIP+4', () => {
    expect(loadUsZips().size).toBeGreaterThan(40_000);
    expect(findUsZip('75201')).toMatchObject({ city: 'Dallas', state: 'TX' });
    expect(findUsZip('92101-1234')).toMatchObject({ city: 'San Diego', state: 'CA' });
    expect(findUsZip('00000')).toBeUndefined();
    expect(findUsZip('Dallas')).toBeUndefined();
  });

  it('loads the commercial truck ports, with Otay Mesa (null trucks) and without San Ysidro', () => {
    const ports = loadLandPorts();
    const names = ports.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Laredo', 'Otay Mesa', 'El Paso', 'Ysleta', 'Nogales', 'Hidalgo']));
    expect(names).not.toContain('San Ysidro');
    expect(names).not.toContain('Cross Border Xpress');
    expect(ports.find((p) => p.name === 'Otay Mesa')?.trucks2021).toBeNull();
    expect(ports.find((p) => p.name === 'Laredo')?.trucks2021).toBe(2_568_471);
    expect(ports.filter((p) => p.name !== 'Otay Mesa').every((p) => (p.trucks2021 ?? 0) > 0)).toBe(true);
  });

  it('finds ports by code, name or aggregated crossing (Pharr is under Hidalgo, BOTA under El Paso)', () => {
    expect(findLandPort('Pharr')?.name).toBe('Hidalgo');
    expect(findLandPort('bota')?.name).toBe('El Paso');
    expect(findLandPort('2304')?.name).toBe('Laredo');
    expect(findLandPort('otay mesa')?.code).toBe('2506');
    expect(findLandPort('San Ysidro')).toBeUndefined();
  });
});
