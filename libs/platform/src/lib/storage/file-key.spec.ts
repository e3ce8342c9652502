import { isValidFileKey, randomFileKey } from './file-key';

describe('randomFileKey', () => {
  it('is the prefix and a fresh UUID, never anything the client sent', () => {
    const first = randomFileKey('supplier-documents');
    expect(first).toMatch(/^supplier-documents\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomFileKey('supplier-documents')).not.toBe(first);
    expect(isValidFileKey(first)).toBe(true);
  });

  it('refuses a prefix that would make a bad key', () => {
    expect(() => randomFileKey('../x')).toThrow(/Invalid file key/);
    expect(() => randomFileKey('')).toThrow(/Invalid file key/);
  });

  it('refuses keys longer than 512 characters', () => {
    expect(isValidFileKey(`a/${'b'.repeat(120)}/${'c'.repeat(120)}/${'d'.repeat(120)}/${'e'.repeat(120)}`)).toBe(true);
    expect(isValidFileKey(Array.from({ length: 5 }, () => 'x'.repeat(110)).join('/'))).toBe(false);
  });
});
