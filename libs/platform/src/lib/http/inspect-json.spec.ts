import { inspectJson } from './inspect-json';

const LIMITS = { maxDepth: 4, maxKeys: 3, maxItems: 5 };

function nested(levels: number): unknown {
  let value: unknown = 0;
  for (let level = 0; level < levels; level++) value = { a: value };
  return value;
}

describe('inspectJson', () => {
  it('accepts a body within every limit', () => {
    expect(inspectJson({ a: [1, 2, { b: 'ok 👍' }], c: -0 }, LIMITS)).toBeUndefined();
    expect(inspectJson(nested(4), LIMITS)).toBeUndefined();
  });

  it('refuses one level too deep, naming the limit and where', () => {
    const error = inspectJson(nested(5), LIMITS);
    expect(error?.code).toBe('BODY_TOO_DEEP');
    expect(error?.details).toEqual([{ field: 'a.a.a.a', issue: 'max_depth', message: 'a.a.a.a nests deeper than 4 levels' }]);
  });

  it('walks a 10,000-deep body without recursion', () => {
    const text = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(inspectJson(JSON.parse(text), { ...LIMITS, maxDepth: 32 })?.code).toBe('BODY_TOO_DEEP');
    expect(inspectJson(nested(10_000), { maxDepth: 20_000, maxKeys: 10, maxItems: 10 })).toBeUndefined();
  });

  it('refuses too many keys in any object and too many items in any array', () => {
    expect(inspectJson({ x: { a: 1, b: 2, c: 3, d: 4 } }, LIMITS)?.details[0]).toMatchObject({ field: 'x', issue: 'max_keys' });
    expect(inspectJson({ a: 1, b: 2, c: 3, d: 4 }, LIMITS)?.code).toBe('BODY_TOO_MANY_KEYS');
    expect(inspectJson({ list: [[1, 2, 3, 4, 5, 6]] }, LIMITS)?.details[0]).toMatchObject({ field: 'list.0', issue: 'max_items' });
    expect(inspectJson([1, 2, 3, 4, 5, 6], LIMITS)?.code).toBe('BODY_TOO_MANY_ITEMS');
  });

  it('refuses NUL and lone surrogates in any value or key as VALIDATION_FAILED naming each field', () => {
    const error = inspectJson({ user: { name: 'a\u0000b' }, tags: ['ok', '\ud800'], 'k\udc00': 1 }, LIMITS);
    expect(error?.code).toBe('VALIDATION_FAILED');
    // Keys are checked when their object is reached, values when they are.
    expect(error?.details.map(({ field, issue }) => [field, issue])).toEqual([
      ['k\\udc00', 'unpaired_surrogate'],
      ['user.name', 'nul_character'],
      ['tags.1', 'unpaired_surrogate'],
    ]);
    expect(error?.messageIn('en')).toContain('user.name');
  });

  it('refuses a __proto__ key, which would replace a DTO prototype once copied', () => {
    const error = inspectJson(JSON.parse('{"user": {"__proto__": {"role": "admin"}}}'), LIMITS);
    expect(error?.details).toEqual([expect.objectContaining({ field: 'user.__proto__', issue: 'forbidden_key' })]);
  });

  it('refuses numbers JSON.parse made infinite', () => {
    const error = inspectJson(JSON.parse('{"quantity": 1e309, "ok": -0}'), LIMITS);
    expect(error?.details).toEqual([{ field: 'quantity', issue: 'not_finite', message: 'quantity must be a finite number' }]);
  });

  it('names the body itself for a root value', () => {
    expect(inspectJson('\u0000', LIMITS)?.details[0].field).toBe('body');
  });
});
