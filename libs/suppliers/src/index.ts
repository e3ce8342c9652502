// The suppliers context: a Mexican manufacturer's profile, plants, certifications and documents.
import { CreateSuppliers1764600000100 } from './lib/migrations/1764600000100-create-suppliers';
import { CreateDirectory1764700000000 } from './lib/migrations/1764700000000-create-directory';
import { CreateListingClaims1764700000100 } from './lib/migrations/1764700000100-create-listing-claims';
import { DirectorySourceMatching1764700000300 } from './lib/migrations/1764700000300-directory-source-matching';

export * from './lib/claims/claim-views';
export * from './lib/claims/listing-claim.service';
export * from './lib/documents/supplier-documents.service';
export * from './lib/directory/directory-search.service';
export * from './lib/directory/listing-view';
export * from './lib/directory/listing-facts';
export * from './lib/directory/generator/index';
export { importDirectory, type ImportDirectoryOptions } from './lib/directory/import/import-directory';
export {
  DirectoryFileRefused,
  DirectoryImportBusy,
  type DirectoryImportProgress,
  type DirectoryImportReport,
} from './lib/directory/import/import-report';
export { DIRECTORY_FORMATS, FORMAT_SPECS, type DirectoryFormat } from './lib/directory/import/import-formats';
export { MERGE_MAX_DISTANCE_METERS, MERGE_NAME_SIMILARITY } from './lib/directory/import/merge-candidates';
export * from './lib/entities/directory-import.entity';
export * from './lib/entities/directory-source.entity';
export * from './lib/entities/listing-claim.entity';
export * from './lib/entities/supplier-certification.entity';
export * from './lib/entities/supplier-document.entity';
export * from './lib/entities/supplier-plant.entity';
export * from './lib/entities/supplier-profile.entity';
export * from './lib/profile/profile-data';
export * from './lib/profile/profile-validation';
export * from './lib/profile/profile-views';
export * from './lib/profile/supplier-profile.service';
export * from './lib/review/moderation-port';
export * from './lib/review/listing-claim-review.handler';
export * from './lib/review/supplier-profile-review.handler';
export * from './lib/suppliers.errors';
export * from './lib/suppliers.module';
export * from './lib/suppliers-settings';

// Domain rules (pure functions, no I/O beyond the catalog's bundled data):
export { checkRfc, maskRfc, normalizeRfc, type RfcCheck, type RfcIssue, type RfcKind } from './lib/domain/rfc';
export {
  locatePlant,
  NEAREST_PORT_COUNT,
  NEAREST_PORT_MIN_TRUCKS_2021,
  type LocatePlantOptions,
  type NearestPort,
  type PlantAddressInput,
  type PlantLocation,
  type PlantLocationField,
  type PlantLocationResult,
  type PlantPrecision,
} from './lib/domain/plant-location';
export {
  suggestCapabilities,
  unknownVocabularyCodes,
  type CapabilityKind,
  type CapabilitySuggestion,
} from './lib/domain/capability-suggestions';
export { isCalendarDate, mexicoCityDate } from './lib/domain/calendar-date';
export { certificationDatesProblem, certificationStatus, type CertificationStatus } from './lib/domain/certification-status';
export { REPSE_VALIDITY_YEARS, repseStatus, repseValidUntil } from './lib/domain/repse';
export { VERIFICATION_LEVELS, verificationLevel, type VerificationInput, type VerificationLevel } from './lib/domain/verification-level';
export { diffProfiles, type ProfileFieldDiff } from './lib/domain/profile-diff';

export const suppliersMigrations = [
  CreateSuppliers1764600000100,
  CreateDirectory1764700000000,
  CreateListingClaims1764700000100,
  DirectorySourceMatching1764700000300,
];
export * from './lib/search-changes';
