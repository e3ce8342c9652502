import { printable, unsafeTextIssue } from './unsafe-text';

describe('unsafeTextIssue', () => {
  it.each([
    ['plain text', 'Maquinados del Bajío'],
    ['an emoji (a surrogate pair)', 'ok 👍 ok'],
    ['a pair at the very end', 'x\ud83d\udc4d'],
    ['the empty string', ''],
  ])('accepts %s', (_label, text) => {
    expect(unsafeTextIssue(text)).toBeUndefined();
  });

  it.each([
    ['a NUL', 'a\u0000b', 'nul_character'],
    ['a lone high surrogate at the end', 'abc\ud800', 'unpaired_surrogate'],
    ['a lone high surrogate before text', '\ud800abc', 'unpaired_surrogate'],
    ['a lone low surrogate', '\udc00', 'unpaired_surrogate'],
    ['a pair written backwards', '\udc4d\ud83d', 'unpaired_surrogate'],
    ['a good pair followed by a lone half', '\ud83d\udc4d\ud83d', 'unpaired_surrogate'],
  ])('refuses %s', (_label, text, issue) => {
    expect(unsafeTextIssue(text)).toBe(issue);
  });

  it('escapes what it refuses and cuts long text when echoing it', () => {
    expect(printable('a\u0000b\ud800')).toBe('a\\u0000b\\ud800');
    expect(printable('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
