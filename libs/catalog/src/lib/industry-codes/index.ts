export {
  CROSSWALK_BASES,
  SCIAN_LEVELS,
  type CrosswalkBasis,
  type NaicsEntry,
  type ScianEntry,
  type ScianLevel,
  type ScianNaicsLink,
} from './industry-codes.types';
export { loadScian, scianEntry, scianManufacturingClasses } from './scian.loader';
export { loadNaics, naicsEntry } from './naics.loader';
export { loadScianNaicsCrosswalk, scianNaicsLinks, scianToNaics, naicsToScian } from './scian-naics-crosswalk.loader';
export {
  scianClassVocabulary,
  scianClassVocabularyMap,
  SCIAN_CLASS_VOCABULARY_KINDS,
  type ScianClassVocabularyMatch,
} from './scian-class-vocabulary';
