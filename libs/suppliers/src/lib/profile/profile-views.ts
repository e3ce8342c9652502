import type { ListingView } from '../directory/listing-view';
import type { SupplierCertification } from '../entities/supplier-certification.entity';
import type { SupplierDocument } from '../entities/supplier-document.entity';
import type { SupplierPlant } from '../entities/supplier-plant.entity';
import type { ProfileDecision, ProfileState, SupplierProfile } from '../entities/supplier-profile.entity';
import type { CertificationData, PlantData, ProfileData, PublishedProfile } from './profile-data';
import { certificationStatus, maskRfc, repseStatus, type CertificationStatus, type VerificationLevel } from './supplier-rules';

export interface CertificationView extends CertificationData {
  /** By the Clock: an expired certification is shown as such and does not count. */
  status: CertificationStatus;
}

export interface DocumentView {
  id: string;
  kind: SupplierDocument['kind'];
  contentType: string;
  sizeBytes: number;
  name: string;
  createdAt: string;
}

/** Fields as a reader sees them: the RFC masked unless the reader may see it whole. */
export interface ProfileFieldsView extends Omit<ProfileData, 'rfc'> {
  rfc: string | null;
  repseStatus: 'valid' | 'expired' | 'none';
  plants: PlantData[];
  certifications: CertificationView[];
}

/** The caller's own profile: the draft being edited, the published version and the review state. */
export interface OwnProfileView {
  supplierId: string;
  /** Null for an unclaimed directory listing (admins read those in full). */
  organizationId: string | null;
  state: ProfileState;
  /** A published profile being edited: buyers still see `published` until the revision is approved. */
  hasPendingRevision: boolean;
  verificationLevel: VerificationLevel;
  rfcVerifiedAt: string | null;
  lastDecision: ProfileDecision | null;
  draft: ProfileFieldsView;
  published: ProfileFieldsView | null;
  publishedAt: string | null;
  documents: DocumentView[];
}

/**
 * A supplier by its public id: what anyone sees of the published version, plus, for the owner
 * organization and admins only, `internal` (draft, state, documents). `profile` is null only for
 * those full readers when nothing is published yet.
 */
export interface SupplierView {
  supplierId: string;
  verificationLevel: VerificationLevel;
  rfcVerified: boolean;
  publishedAt: string | null;
  profile: ProfileFieldsView | null;
  /** Where a directory listing came from and who wrote each fact; null for profiles with no registry source. */
  listing: ListingView | null;
  internal: OwnProfileView | null;
}

export function plantData(plant: SupplierPlant): PlantData {
  return {
    id: plant.id,
    name: plant.name,
    state: plant.state,
    municipality: plant.municipality,
    locality: plant.locality,
    postalCode: plant.postalCode,
    street: plant.street,
    stateCode: plant.stateCode,
    municipalityCode: plant.municipalityCode,
    localityCode: plant.localityCode,
    lat: plant.lat,
    lon: plant.lon,
    precision: plant.precision,
    nearestPorts: plant.nearestPorts,
  };
}

export function certificationData(certification: SupplierCertification): CertificationData {
  return {
    id: certification.id,
    type: certification.type,
    issuer: certification.issuer,
    number: certification.number,
    scope: certification.scope,
    validFrom: certification.validFrom,
    validUntil: certification.validUntil,
    documentId: certification.documentId,
    public: certification.public,
    verifiedAt: certification.verifiedAt?.toISOString() ?? null,
  };
}

export function documentView(document: SupplierDocument): DocumentView {
  return {
    id: document.id,
    kind: document.kind,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    name: document.displayName,
    createdAt: document.createdAt.toISOString(),
  };
}

/**
 * One version of the fields for a reader. `full` readers (the owner, admins) see the RFC whole and every
 * certification; others see the RFC masked as the supplier chose and public certifications only.
 */
export function fieldsView(data: PublishedProfile, now: Date, full: boolean): ProfileFieldsView {
  const certifications = data.certifications
    .filter((certification) => full || certification.public)
    .map((certification) => ({
      ...certification,
      // A public certification's document is public too (downloadable through the supplier's route).
      status: certificationStatus({ validFrom: certification.validFrom, validUntil: certification.validUntil }, now),
    }));
  return {
    ...data,
    rfc: data.rfc === null ? null : full ? data.rfc : data.rfcShownChars > 0 ? maskRfc(data.rfc, data.rfcShownChars) : null,
    repseStatus: repseStatus(data.exports.repseRegisteredOn, data.exports.repseValidUntil, now),
    plants: data.plants,
    certifications,
  };
}

export function isPubliclyVisible(profile: SupplierProfile): profile is SupplierProfile & { publishedData: PublishedProfile; publishedAt: Date } {
  return profile.publishedData !== null && profile.publishedAt !== null && profile.state !== 'suspended' && profile.state !== 'withdrawn';
}
