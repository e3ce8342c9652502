import { nameKey, nameKeyWithoutCiudad, normalizeName } from './normalize-name';

describe('normalizeName', () => {
  it('ignores accents, case and punctuation', () => {
    expect(normalizeName('  Nuevo  LEÓN ')).toBe('nuevo leon');
    expect(normalizeName('Querétaro-Arteaga')).toBe('queretaro arteaga');
    expect(nameKey('N.L.')).toBe('nl');
    expect(nameKey('Q. Roo')).toBe(nameKey('QRoo'));
  });

  it('drops a leading "Ciudad"/"Cd." only in the loose key', () => {
    expect(nameKeyWithoutCiudad('Cd. Juárez')).toBe('juarez');
    expect(nameKey('Ciudad Juárez')).toBe('ciudadjuarez');
  });
});
