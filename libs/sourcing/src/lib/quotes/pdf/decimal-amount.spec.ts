import { extendedAmount, fromScaled, sumAmounts, toScaled } from './decimal-amount';

describe('decimal amounts', () => {
  it('reads up to 4 places exactly and refuses anything else', () => {
    expect(toScaled('0.0125')).toBe(125n);
    expect(toScaled('185000')).toBe(1_850_000_000n);
    expect(toScaled('12.5')).toBe(125_000n);
    for (const bad of ['', '.5', '1.', '1.23456', '-1', '1e3', ' 1', '1,5']) {
      expect(() => toScaled(bad)).toThrow(RangeError);
    }
  });

  it('rounds half up to the cent and keeps 4 places when asked', () => {
    expect(fromScaled(125n, 2)).toBe('0.01');
    expect(fromScaled(150n, 2)).toBe('0.02');
    expect(fromScaled(149n, 2)).toBe('0.01');
    expect(fromScaled(125n, 4)).toBe('0.0125');
    expect(fromScaled(0n, 2)).toBe('0.00');
  });

  it('multiplies without float error', () => {
    // 0.1 + 0.2 style traps: as floats, 1.005 × 1000 and 0.0125 × 333 drift.
    expect(extendedAmount('1.005', 1000)).toBe('1005.00');
    expect(extendedAmount('0.0125', 333)).toBe('4.16'); // 4.1625 → 4.16
    expect(extendedAmount('0.0135', 333)).toBe('4.50'); // 4.4955 → 4.50
    expect(extendedAmount('123456789.9999', 1_000_000)).toBe('123456789999900.00');
  });

  it('sums beyond the float mantissa exactly', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['90071992547409.91', '0.01'])).toBe('90071992547409.92');
    expect(sumAmounts([])).toBe('0.00');
  });
});
