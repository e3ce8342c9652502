import PDFDocument from 'pdfkit';
import { readPdfText } from './read-pdf-text';

function twoPages(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ info: { Title: 'Prueba', Author: 'Puente', CreationDate: new Date('2026-03-10T16:45:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('Cotización\u00a0uno');
    doc.addPage().text('Página dos');
    doc.end();
  });
}

describe('readPdfText', () => {
  it('reads every page’s text and the metadata back, with plain spaces', async () => {
    const { text, pages, info } = await readPdfText(await twoPages());
    expect(pages).toBe(2);
    expect(text).toContain('Cotización uno');
    expect(text.indexOf('Página dos')).toBeGreaterThan(text.indexOf('Cotización uno'));
    expect(info).toMatchObject({ Title: 'Prueba', Author: 'Puente', CreationDate: 'D:20260310164500Z' });
  });

  it('fails on bytes that are not a PDF', async () => {
    await expect(readPdfText(Buffer.from('not a pdf at all'))).rejects.toThrow();
  });
});
