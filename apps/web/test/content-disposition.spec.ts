import { fileNameFromDisposition } from '../src/api/content-disposition';

// A generated PDF is saved under the name the API gives it in Content-Disposition.
describe('the file name of a download', () => {
  it('prefers the UTF-8 name, which keeps accents', () => {
    expect(fileNameFromDisposition(`attachment; filename="Maquinados del Bajio - quote.pdf"; filename*=UTF-8''Maquinados%20del%20Baj%C3%ADo%20-%20quote.pdf`)).toBe('Maquinados del Bajío - quote.pdf');
  });

  it('reads the plain name, quoted or not', () => {
    expect(fileNameFromDisposition('attachment; filename="quote-3.pdf"')).toBe('quote-3.pdf');
    expect(fileNameFromDisposition('attachment; filename=quote-3.pdf')).toBe('quote-3.pdf');
  });

  it('falls back to the plain name when the UTF-8 one is malformed, and has none without a header', () => {
    expect(fileNameFromDisposition(`attachment; filename="plain.pdf"; filename*=UTF-8''bad%E0%A4%A.pdf`)).toBe('plain.pdf');
    expect(fileNameFromDisposition('inline')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
