// The suppliers context: a Mexican manufacturer's profile, plants, certifications and documents.
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
