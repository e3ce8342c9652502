import { landPortsTable, mxLocalitiesTable, mxMunicipalitiesTable, mxStatesTable, usZipsTable } from './geography-tables';
import { hsChaptersTable, hsSectionsTable, hsSubheadingsTable } from './hs-code-tables';
import { naicsTable, scianNaicsTable, scianTable, scianVocabularyTable } from './industry-code-tables';
import type { ReferenceTable } from './reference-table';
import { vocabularyTable } from './vocabulary-table';

/**
 * Every table `db:migrate` fills from the committed data files, parents before children. The foreign
 * keys are deferred to commit, so the order is for a reader; a new data set is added here.
 */
export const REFERENCE_TABLES: readonly ReferenceTable[] = [
  vocabularyTable,
  landPortsTable,
  mxStatesTable,
  mxMunicipalitiesTable,
  mxLocalitiesTable,
  usZipsTable,
  scianTable,
  naicsTable,
  scianNaicsTable,
  scianVocabularyTable,
  hsSectionsTable,
  hsChaptersTable,
  hsSubheadingsTable,
];
