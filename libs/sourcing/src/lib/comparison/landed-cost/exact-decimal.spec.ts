import { add, compare, divide, exact, integer, multiply, oneDecimalNumber, percentOf, subtract, toFixed } from './exact-decimal';

describe('exact decimal arithmetic', () => {
  it('divides an MXN price by a rate exactly and rounds half up only when written', () => {
    // 312.50 / 17.50 = 17.857142857... -> 17.8571 (4 places), 17.86 (2 places)
    const usd = divide(exact('312.50'), exact('17.50'));
    expect(toFixed(usd, 4)).toBe('17.8571');
    expect(toFixed(usd, 2)).toBe('17.86');
    // x 1000 units exactly: 17857.142857... -> 17857.14, not 17.8571 x 1000 = 17857.10
    expect(toFixed(multiply(usd, integer(1000)), 2)).toBe('17857.14');
  });

  it('rounds a half up and keeps trailing zeros', () => {
    expect(toFixed(exact('0.00005'), 4)).toBe('0.0001');
    expect(toFixed(exact('0.00004'), 4)).toBe('0.0000');
    expect(toFixed(exact('2'), 2)).toBe('2.00');
    expect(toFixed(subtract(exact('1'), exact('1.005')), 2)).toBe('-0.01');
  });

  it('adds, compares and takes percentages', () => {
    expect(toFixed(add(exact('0.1'), exact('0.2')), 4)).toBe('0.3000');
    expect(compare(exact('0.3'), add(exact('0.1'), exact('0.2')))).toBe(0);
    // 0.3464 % of 10,000 = 34.64
    expect(toFixed(percentOf(integer(10000), exact('0.3464')), 2)).toBe('34.64');
    expect(toFixed(oneDecimalNumber(123.4), 1)).toBe('123.4');
  });

  it('refuses what is not a plain decimal', () => {
    expect(() => exact('1e3')).toThrow(RangeError);
    expect(() => exact('-1')).toThrow(RangeError);
    expect(() => divide(exact('1'), exact('0'))).toThrow(RangeError);
  });
});
