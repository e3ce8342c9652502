import type { LandPort } from '@puente/catalog';
import { classifyNamedPlace } from './named-place';

const port = (code: string, name: string): LandPort => ({ code, name, usState: 'Texas', lat: 0, lon: 0, trucks2021: null, crossings: [] });
const PORTS = [port('2304', 'Laredo'), port('2305', 'Hidalgo'), port('2604', 'Nogales'), port('2401', 'Ysleta'), port('2506', 'Otay Mesa')];
const DALLAS = { zip: '75201', city: 'Dallas', state: 'TX', lat: 32.79, lon: -96.8 };

const classify = (place: string) => {
  const result = classifyNamedPlace(place, 'Planta Irapuato', DALLAS, PORTS);
  return [result.kind, result.port?.code ?? null, result.assumed];
};

describe('classifyNamedPlace', () => {
  it('recognises the buyer\'s city or ZIP', () => {
    expect(classify('Dallas, TX')).toEqual(['buyer', null, false]);
    expect(classify('Buyer dock, 75201')).toEqual(['buyer', null, false]);
  });

  it('tells the US side of a border crossing from the Mexican side', () => {
    expect(classify('Laredo, TX')).toEqual(['us_border', '2304', false]);
    expect(classify('Nuevo Laredo, Tamps.')).toEqual(['mexican_border', '2304', false]);
    expect(classify('Pharr, TX')).toEqual(['us_border', '2305', false]);
    expect(classify('Reynosa')).toEqual(['mexican_border', '2305', false]);
    expect(classify('Cd. Juárez, Chih.')).toEqual(['mexican_border', '2401', false]);
    expect(classify('Tijuana, B.C.')).toEqual(['mexican_border', '2506', false]);
  });

  it('reads a twin city with the same name by its region: Nogales, Son. is Mexico, Nogales, AZ the US', () => {
    expect(classify('Nogales, Son.')).toEqual(['mexican_border', '2604', false]);
    expect(classify('Nogales, AZ')).toEqual(['us_border', '2604', false]);
  });

  it('matches the plant by name, else assumes the plant and says so', () => {
    expect(classify('Irapuato, Gto.')).toEqual(['plant', null, false]);
    expect(classify('Celaya, Gto.')).toEqual(['plant', null, true]);
  });
});
