// The pure rules the profile service uses, behind one import (libs/suppliers/src/lib/domain).
export { checkRfc, maskRfc } from '../domain/rfc';
export { locatePlant, type NearestPort, type PlantAddressInput as PlantAddress, type PlantLocation } from '../domain/plant-location';
export { suggestCapabilities, unknownVocabularyCodes, type CapabilityKind, type CapabilitySuggestion } from '../domain/capability-suggestions';
export { certificationDatesProblem, certificationStatus, type CertificationStatus } from '../domain/certification-status';
export { repseStatus } from '../domain/repse';
export { verificationLevel, type VerificationLevel } from '../domain/verification-level';
export { diffProfiles, type ProfileFieldDiff } from '../domain/profile-diff';
