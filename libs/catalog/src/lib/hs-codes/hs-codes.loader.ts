import { HsChapter, HsSection, HsSubheading } from './hs-codes.types';
import { normalizeHsCode, readHsCsv } from './read-hs-csv';

interface HsTables {
  readonly sections: ReadonlyMap<string, HsSection>;
  readonly chapters: ReadonlyMap<string, HsChapter>;
  readonly subheadings: ReadonlyMap<string, HsSubheading>;
}

let cache: HsTables | undefined;

/** HS 2022 sections, chapters and 6-digit subheadings, read once. */
export function loadHsTables(): HsTables {
  if (cache) return cache;
  const sections = new Map(
    readHsCsv('hs2022_sections.csv').map((row): [string, HsSection] => [
      row['section'],
      { code: row['section'], name: row['name'] },
    ]),
  );
  const chapters = new Map<string, HsChapter>();
  const subheadings = new Map<string, HsSubheading>();
  for (const row of readHsCsv('hs2022_harmonized_system.csv')) {
    const code = row['hscode'];
    const section = sections.get(row['section']);
    // Every row names one of the 21 sections in the source; anything else means the file was damaged.
    if (!section) throw new Error(`hs2022_harmonized_system.csv: ${code} has unknown section '${row['section']}'`);
    if (code.length === 2) chapters.set(code, { code, description: row['description'], section });
    else subheadings.set(code, { code, description: row['description'], chapter: code.slice(0, 2), section: section.code });
  }
  cache = { sections, chapters, subheadings };
  return cache;
}

/** A 6-digit subheading, written '8413.60' or '841360'; undefined when unknown. */
export function hsCode(code: string): HsSubheading | undefined {
  return loadHsTables().subheadings.get(normalizeHsCode(code));
}

/** A chapter by its two digits ('84'; '8' reads as '08'); undefined when unknown. */
export function hsChapter(chapter: string): HsChapter | undefined {
  return loadHsTables().chapters.get(normalizeHsCode(chapter).padStart(2, '0'));
}
