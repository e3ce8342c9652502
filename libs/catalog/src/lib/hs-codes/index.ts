export type { HsChapter, HsSection, HsSubheading } from './hs-codes.types';
export { loadHsTables, hsCode, hsChapter } from './hs-codes.loader';
export { normalizeHsCode } from './read-hs-csv';
