import { hsChapter, hsCode, loadHsTables } from './hs-codes.loader';

describe('HS 2022 codes', () => {
  it('loads 21 sections, 96 chapters and 5,612 subheadings', () => {
    const { sections, chapters, subheadings } = loadHsTables();
    expect(sections.size).toBe(21);
    expect(chapters.size).toBe(96); // 01-97 without 77, which HS reserves
    expect(subheadings.size).toBe(5612);
  });

  it('finds a subheading with its chapter and section', () => {
    expect(hsCode('841360')).toEqual({
      code: '841360',
      description: 'Pumps; rotary positive displacement pumps, n.e.c. in heading no. 8413, for liquids',
      chapter: '84',
      section: 'XVI',
    });
  });

  it('accepts dotted and spaced codes', () => {
    expect(hsCode('8413.60')?.code).toBe('841360');
    expect(hsCode(' 8413 60 ')?.code).toBe('841360');
    expect(hsCode('9999.99')).toBeUndefined();
  });

  it('finds chapters with their section', () => {
    expect(hsChapter('84')?.section.code).toBe('XVI');
    expect(hsChapter('84')?.description).toMatch(/machinery/i);
    expect(hsChapter('1')?.code).toBe('01');
    expect(hsChapter('77')).toBeUndefined();
  });
});
