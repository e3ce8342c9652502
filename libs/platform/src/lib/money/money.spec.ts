import { addMoney, bigintColumnTransformer, formatMoney, money } from './money';

describe('money', () => {
  it('refuses fractions and unsafe integers', () => {
    expect(() => money(10.5, 'USD')).toThrow(RangeError);
    expect(() => money(2 ** 53, 'USD')).toThrow(RangeError);
    expect(money(1999, 'USD')).toEqual({ amountMinor: 1999, currency: 'USD' });
  });

  it('adds only the same currency, exactly', () => {
    expect(addMoney(money(10, 'USD'), money(20, 'USD'))).toEqual(money(30, 'USD'));
    expect(() => addMoney(money(10, 'USD'), money(20, 'MXN'))).toThrow(/cannot add USD to MXN/);
  });

  it('formats in English and Spanish', () => {
    expect(formatMoney(money(123456, 'USD'), 'en')).toBe('$1,234.56');
    expect(formatMoney(money(123456, 'MXN'), 'es')).toBe('$1,234.56');
    expect(formatMoney(money(123456, 'USD'), 'es')).toBe('USD\u00a01,234.56');
    expect(formatMoney(money(123456, 'MXN'), 'en')).toBe('MX$1,234.56');
  });

  it('reads pg bigint strings as numbers and refuses ones that would lose precision', () => {
    expect(bigintColumnTransformer.from('9007199254740991')).toBe(9007199254740991);
    expect(bigintColumnTransformer.from(null)).toBeNull();
    expect(() => bigintColumnTransformer.from('9007199254740993')).toThrow(RangeError);
  });
});
