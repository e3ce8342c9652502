import { compareDecimal, decimalSum, extendedPrice, isDecimalString, toTenThousandths } from './quote-decimal';

describe('quote decimals', () => {
  it('accepts up to 4 places and 14 integer digits, nothing signed, exponential or padded', () => {
    for (const good of ['0', '0.0125', '12', '185000.00', '99999999999999.9999']) expect([good, isDecimalString(good)]).toEqual([good, true]);
    for (const bad of ['', '-1', '+1', '1e3', '1.23456', '01.5', '.5', '5.', '1,5', ' 1', '100000000000000']) expect([bad, isDecimalString(bad)]).toEqual([bad, false]);
  });

  it('multiplies exactly and rounds half up to the cent', () => {
    expect(extendedPrice('0.0125', 100_000)).toBe('1250.00');
    // 0.1 + 0.2 in floating point is not 0.3; here 0.0001 × 3 is 0.0003, rounded to 0.00.
    expect(extendedPrice('0.0001', 3)).toBe('0.00');
    expect(extendedPrice('0.0050', 1)).toBe('0.01');
    expect(extendedPrice('4.2449', 1)).toBe('4.24');
    expect(extendedPrice('99999999999999.9999', 1_000_000_000)).toBe('99999999999999999900000.00');
  });

  it('sums and compares', () => {
    expect(decimalSum([])).toBe('0.00');
    expect(decimalSum(['185000', '0.005', '12.5'])).toBe('185012.51');
    expect(compareDecimal('1000000000', '1000000000.0000')).toBe(0);
    expect(compareDecimal('0.0001', '0')).toBe(1);
    expect(toTenThousandths('1.5')).toBe(15_000n);
  });
});
