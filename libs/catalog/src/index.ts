export * from './lib/geography/index';
export * from './lib/vocabulary/index';
