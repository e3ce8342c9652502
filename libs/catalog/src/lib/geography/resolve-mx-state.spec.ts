import { resolveMxState } from './resolve-mx-state';

describe('resolveMxState', () => {
  it.each([
    ['CDMX', '09'],
    ['Ciudad de México', '09'],
    ['ciudad de mexico', '09'],
    ['Distrito Federal', '09'],
    ['Edomex', '15'],
    ['Estado de México', '15'],
    ['México', '15'],
    ['Nuevo León', '19'],
    ['NUEVO LEON', '19'],
    ['NL', '19'],
    ['N.L.', '19'],
    ['Coahuila', '05'],
    ['Veracruz', '30'],
    ['Q. Roo', '23'],
    ['19', '19'],
    ['9', '09'],
  ])('%s -> %s', (query, code) => {
    expect(resolveMxState(query)?.code).toBe(code);
  });

  it('returns undefined for unknown states and codes', () => {
    expect(resolveMxState('Texas')).toBeUndefined();
    expect(resolveMxState('33')).toBeUndefined();
    expect(resolveMxState('')).toBeUndefined();
  });
});
