import { allowedTypos, typoDistance } from './typo-distance';

describe('typoDistance', () => {
  it.each([
    ['machining', 'machining', 0],
    ['machinng', 'machining', 1], // a letter missing
    ['inyecion', 'inyeccion', 1],
    ['mloding', 'molding', 1], // two letters swapped count once
    ['stamping', 'stampnig', 1],
    ['forjado', 'forjada', 1],
    ['aluminio', 'alumnio', 1],
    ['welding', 'wedling', 1],
    ['casting', 'cast', 3],
  ])('%s -> %s is %i', (a, b, expected) => {
    expect(typoDistance(a, b, 3)).toBe(expected);
  });

  it('gives up past the bound with max + 1', () => {
    expect(typoDistance('casting', 'cast', 1)).toBe(2);
    expect(typoDistance('welding', 'molding', 1)).toBe(2);
    expect(typoDistance('abc', 'xyz', 2)).toBe(3);
  });

  it('allows no typo below four letters, one up to seven, two from eight', () => {
    expect(['cnc', 'weld', 'welding', 'machinng'].map(allowedTypos)).toEqual([0, 1, 1, 2]);
  });
});
