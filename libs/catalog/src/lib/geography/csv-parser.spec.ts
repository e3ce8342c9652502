import { parseCsvRecords, parseCsvRows } from './csv-parser';

describe('parseCsvRows', () => {
  it('handles quoted fields with commas, doubled quotes and newlines', () => {
    expect(parseCsvRows('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('handles CRLF, a BOM and a last line without newline', () => {
    expect(parseCsvRows('\ufeffa,b\r\n1,\r\n2,3')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['2', '3'],
    ]);
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by header and skips blank lines', () => {
    expect(parseCsvRecords('zip,city\n75201,Dallas\n\n')).toEqual([{ zip: '75201', city: 'Dallas' }]);
  });
});
