import { loadHsTables } from '../hs-codes/hs-codes.loader';
import type { HsChapter, HsSection, HsSubheading } from '../hs-codes/hs-codes.types';
import { referenceTable } from './reference-table';

/** HS 2022: sections, their chapters and the chapters' 6-digit subheadings. */

export const hsSectionsTable = referenceTable<HsSection>({
  table: 'catalog_hs_sections',
  key: ['code'],
  items: () => loadHsTables().sections.values(),
  columns: [
    { name: 'code', type: 'text', value: (section) => section.code },
    { name: 'name', type: 'text', value: (section) => section.name },
  ],
});

export const hsChaptersTable = referenceTable<HsChapter>({
  table: 'catalog_hs_chapters',
  key: ['code'],
  items: () => loadHsTables().chapters.values(),
  columns: [
    { name: 'code', type: 'text', value: (chapter) => chapter.code },
    { name: 'description', type: 'text', value: (chapter) => chapter.description },
    { name: 'section_code', type: 'text', value: (chapter) => chapter.section.code },
  ],
});

export const hsSubheadingsTable = referenceTable<HsSubheading>({
  table: 'catalog_hs_subheadings',
  key: ['code'],
  items: () => loadHsTables().subheadings.values(),
  columns: [
    { name: 'code', type: 'text', value: (subheading) => subheading.code },
    { name: 'description', type: 'text', value: (subheading) => subheading.description },
    { name: 'chapter_code', type: 'text', value: (subheading) => subheading.chapter },
  ],
});
