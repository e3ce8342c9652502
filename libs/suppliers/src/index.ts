// The suppliers context: a Mexican manufacturer's profile, plants, certifications and documents.
export * from './lib/domain/rfc';
export * from './lib/domain/plant-location';
export * from './lib/domain/capability-suggestions';
