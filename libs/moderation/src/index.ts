export * from './lib/review-subject';
