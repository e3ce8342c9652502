export * from './lib/geography/index';
export * from './lib/hs-codes/index';
export * from './lib/industry-codes/index';
export * from './lib/vocabulary/index';
export * from './lib/reference-load/index';
