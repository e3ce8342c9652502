import { Injectable } from '@nestjs/common';
import { AuditLog, isAdmin, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock, OutboxPublisher } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { SupplierCertification } from '../entities/supplier-certification.entity';
import { SupplierDocument } from '../entities/supplier-document.entity';
import { SupplierPlant } from '../entities/supplier-plant.entity';
import { SupplierProfile, type ProfileState } from '../entities/supplier-profile.entity';
import { ProfileReviewQueue } from '../review/moderation-port';
import { publishSearchChanges } from '../search-changes';
import { readListingView } from '../directory/listing-view';
import { EMPTY_PROFILE_DATA, type PublishedProfile } from './profile-data';
import { ProfileNotices, type ProfileNotice } from './profile-notices';
import { normalizeProfileInput, validationFailed, type ProfileInput } from './profile-validation';
import { certificationData, documentView, fieldsView, isPubliclyVisible, plantData, type OwnProfileView, type SupplierView } from './profile-views';
import {
  certificationDatesProblem,
  certificationStatus,
  diffProfiles,
  locatePlant,
  unknownVocabularyCodes,
  verificationLevel,
  type PlantAddress,
  type ProfileFieldDiff,
} from './supplier-rules';

export interface PlantInput extends PlantAddress {
  name: string;
}

export interface CertificationInput {
  type: string;
  issuer: string;
  number?: string | null;
  scope?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  documentId?: string | null;
  public?: boolean;
}

export interface ProfileDecisionInput {
  state: 'approved' | 'rejected' | 'changes_requested';
  reasonCode: string | null;
  note: string | null;
  decidedByUserId: string;
  decidedAt: Date;
}

/** Who may read a profile in full: its own organization and platform admins. */
function readsInFull(profile: SupplierProfile, viewer: Principal | null): boolean {
  return viewer !== null && (isAdmin(viewer) || viewer.organizationId === profile.organizationId);
}

/**
 * Every write of a supplier profile, one method per action, each in one transaction (the search
 * issue publishes its index events there). The lifecycle:
 * draft -> pending_review -> published | rejected | (changes requested) draft; published <-> suspended.
 * Editing a published profile makes a revision (state draft) while `published_data` stays public.
 */
@Injectable()
export class SupplierProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly notices: ProfileNotices,
    private readonly reviews: ProfileReviewQueue,
    private readonly outbox: OutboxPublisher,
  ) {}

  // ---- reads ------------------------------------------------------------------------------------

  /** The caller's own profile; a supplier organization's profile exists (as an empty draft) from its first read. */
  async getOwn(principal: Principal): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => this.ownView(manager, await this.lockOwn(manager, principal)));
  }

  /**
   * A supplier by its public id. Anyone reads the published version (404 when there is none or it is
   * suspended); the owner organization and admins also get the draft, state and documents.
   */
  async view(supplierId: string, viewer: Principal | null): Promise<SupplierView> {
    const manager = this.dataSource.manager;
    const { profile, full } = await this.visibleProfile(manager, supplierId, viewer);
    const now = this.clock.now();
    return {
      supplierId: profile.id,
      verificationLevel: profile.verificationLevel,
      rfcVerified: profile.rfcVerifiedAt !== null,
      publishedAt: profile.publishedAt?.toISOString() ?? null,
      profile: profile.publishedData ? fieldsView(profile.publishedData, now, full) : null,
      listing: await readListingView(manager, profile),
      internal: full ? await this.ownView(manager, profile) : null,
    };
  }

  /**
   * The profile id `view` would answer for this viewer (a merged listing's claimant), or the same 404:
   * for pages beside the profile (the track record) that must be exactly as visible as it.
   */
  async visibleSupplierId(supplierId: string, viewer: Principal | null): Promise<string> {
    return (await this.visibleProfile(this.dataSource.manager, supplierId, viewer)).profile.id;
  }

  private async visibleProfile(manager: EntityManager, supplierId: string, viewer: Principal | null): Promise<{ profile: SupplierProfile; full: boolean }> {
    let profile = await manager.findOneBy(SupplierProfile, { id: supplierId });
    // A listing merged into its claimant's profile answers that profile, so old links keep working
    // (one hop: a profile a listing merged into is never withdrawn itself); withdrawn otherwise is gone.
    if (profile?.state === 'withdrawn') profile = profile.mergedInto ? await manager.findOneBy(SupplierProfile, { id: profile.mergedInto }) : null;
    if (profile?.state === 'withdrawn') profile = null;
    const full = profile !== null && readsInFull(profile, viewer);
    if (!profile || (!full && !isPubliclyVisible(profile))) throw notFound('supplierId');
    return { profile, full };
  }

  /** The published version beside the proposed one, for the review page. */
  async compare(supplierId: string, manager: EntityManager): Promise<ProfileFieldDiff[]> {
    const profile = await manager.findOneBy(SupplierProfile, { id: supplierId });
    if (!profile) throw notFound('supplierId');
    const proposed = await this.snapshot(manager, profile);
    return diffProfiles(profile.publishedData as unknown as Record<string, unknown> | null, proposed as unknown as Record<string, unknown>);
  }

  // ---- the supplier's writes ------------------------------------------------------------------

  /** PUT: replaces every editable field. */
  async updateDraft(principal: Principal, input: ProfileInput, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwn(manager, principal);
      const data = normalizeProfileInput(input, this.clock.now());
      const before = profile.state;
      this.startRevision(profile);
      const rfcChanged = data.rfc !== profile.draftData.rfc;
      profile.draftData = data;
      if (rfcChanged && data.rfc !== profile.publishedData?.rfc) {
        // A new RFC has not been checked by anyone; the published one keeps its check until replaced.
        profile.rfcVerifiedAt = null;
        profile.rfcVerifiedBy = null;
      }
      await this.save(manager, profile);
      await this.record(manager, principal, profile, 'supplier.profile_updated', before, origin);
      return this.ownView(manager, profile);
    });
  }

  async addPlant(principal: Principal, input: PlantInput, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwn(manager, principal);
      const before = profile.state;
      this.startRevision(profile);
      const now = this.clock.now();
      const plant = manager.create(SupplierPlant, { organizationId: profile.organizationId, profileId: profile.id, createdAt: now, updatedAt: now });
      applyPlant(plant, input);
      await manager.save(SupplierPlant, plant);
      await this.save(manager, profile);
      await this.record(manager, principal, profile, 'supplier.plant_added', before, origin, { plantId: plant.id });
      return this.ownView(manager, profile);
    });
  }

  async updatePlant(principal: Principal, plantId: string, input: PlantInput, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwn(manager, principal);
      const plant = await this.ownRow(manager, SupplierPlant, profile, plantId, 'plantId');
      const before = profile.state;
      this.startRevision(profile);
      applyPlant(plant, input);
      plant.updatedAt = this.clock.now();
      await manager.save(SupplierPlant, plant);
      await this.save(manager, profile);
      await this.record(manager, principal, profile, 'supplier.plant_updated', before, origin, { plantId });
      return this.ownView(manager, profile);
    });
  }

  async removePlant(principal: Principal, plantId: string, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwn(manager, principal);
      await this.ownRow(manager, SupplierPlant, profile, plantId, 'plantId');
      const before = profile.state;
      this.startRevision(profile);
      await manager.delete(SupplierPlant, { id: plantId });
      await this.save(manager, profile);
      await this.record(manager, principal, profile, 'supplier.plant_removed', before, origin, { plantId });
      return this.ownView(manager, profile);
    });
  }

  async addCertification(principal: Principal, input: CertificationInput, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwn(manager, principal);
      const before = profile.state;
      this.startRevision(profile);
      const now = this.clock.now();
      const certification = manager.create(SupplierCertification, {
        organizationId: profile.organizationId,
        profileId: profile.id,
        createdAt: now,
        updatedAt: now,
        verifiedAt: null,
        verifiedBy: null,
      });
      await this.applyCertification(manager, profile, certification, input);
      await manager.save(SupplierCertification, certification);
      await this.save(manager, profile);
      await this.record(manager, principal, profile, 'supplier.certification_added', before, origin, { certificationId: certification.id });
      return this.ownView(manager, profile);
    });
  }

  async updateCertification(principal: Principal, certificationId: string, input: CertificationInput, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwn(manager, principal);
      const certification = await this.ownRow(manager, SupplierCertification, profile, certificationId, 'certificationId');
      const before = profile.state;
      this.startRevision(profile);
      await this.applyCertification(manager, profile, certification, input);
      // What an admin checked is no longer what is stated.
      certification.verifiedAt = null;
      certification.verifiedBy = null;
      certification.updatedAt = this.clock.now();
      await manager.save(SupplierCertification, certification);
      await this.save(manager, profile);
      await this.record(manager, principal, profile, 'supplier.certification_updated', before, origin, { certificationId });
      return this.ownView(manager, profile);
    });
  }

  async removeCertification(principal: Principal, certificationId: string, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwn(manager, principal);
      await this.ownRow(manager, SupplierCertification, profile, certificationId, 'certificationId');
      const before = profile.state;
      this.startRevision(profile);
      await manager.delete(SupplierCertification, { id: certificationId });
      await this.save(manager, profile);
      await this.record(manager, principal, profile, 'supplier.certification_removed', before, origin, { certificationId });
      return this.ownView(manager, profile);
    });
  }

  /** draft | rejected -> pending_review, opening a review item in the same transaction. */
  async submit(principal: Principal, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwn(manager, principal);
      const before = profile.state;
      assertTransition(profile.state, ['draft', 'rejected'], 'submit');
      await this.assertComplete(manager, profile);
      profile.state = 'pending_review';
      profile.submittedAt = this.clock.now();
      await this.save(manager, profile);
      await this.reviews.open(manager, { kind: 'supplier_profile', subjectId: profile.id, organizationId: ownerOf(profile) });
      await this.record(manager, principal, profile, 'supplier.profile_submitted', before, origin);
      return this.ownView(manager, profile);
    });
  }

  // ---- admins ------------------------------------------------------------------------------------

  /**
   * Hides a public profile (suspended) or shows it again. Unsuspending returns to `published`, or to
   * `draft` when the supplier has unsent edits, so they can still submit them.
   */
  async setSuspended(admin: Principal, supplierId: string, suspended: boolean, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockById(manager, supplierId);
      const before = profile.state;
      if (suspended) {
        assertTransition(profile.state, ['published', 'draft', 'rejected'], 'suspend');
        if (!profile.publishedData) throw invalidTransition(profile.state, 'suspend');
        profile.state = 'suspended';
      } else {
        assertTransition(profile.state, ['suspended'], 'unsuspend');
        profile.state = (await this.hasUnsentChanges(manager, profile)) ? 'draft' : 'published';
      }
      await this.save(manager, profile);
      await this.record(manager, admin, profile, suspended ? 'supplier.profile_suspended' : 'supplier.profile_unsuspended', before, origin);
      await this.notices.notifyOwners(manager, profile.organizationId, suspended ? 'suspended' : 'unsuspended');
      return this.ownView(manager, profile);
    });
  }

  /** An admin checked the RFC with the SAT: recorded with who and when. */
  async verifyRfc(admin: Principal, supplierId: string, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockById(manager, supplierId);
      if (!profile.draftData.rfc) throw validationFailed([{ field: 'rfc', issue: 'required', message: 'the profile has no RFC to verify' }]);
      profile.rfcVerifiedAt = this.clock.now();
      profile.rfcVerifiedBy = admin.userId;
      await this.save(manager, profile);
      await this.record(manager, admin, profile, 'supplier.rfc_verified', profile.state, origin, { rfc: profile.draftData.rfc });
      return this.ownView(manager, profile);
    });
  }

  async verifyCertification(admin: Principal, supplierId: string, certificationId: string, origin: RequestOrigin): Promise<OwnProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockById(manager, supplierId);
      const certification = await this.ownRow(manager, SupplierCertification, profile, certificationId, 'certificationId');
      certification.verifiedAt = this.clock.now();
      certification.verifiedBy = admin.userId;
      await manager.save(SupplierCertification, certification);
      // The published copy shows the check too, without waiting for another review.
      if (profile.publishedData) {
        profile.publishedData = {
          ...profile.publishedData,
          certifications: profile.publishedData.certifications.map((item) => (item.id === certificationId ? certificationData(certification) : item)),
        };
      }
      await this.save(manager, profile);
      await this.record(manager, admin, profile, 'supplier.certification_verified', profile.state, origin, { certificationId });
      return this.ownView(manager, profile);
    });
  }

  /** A review decision, inside the transaction that records it (called by the review handler). */
  async applyDecision(supplierId: string, decision: ProfileDecisionInput, manager: EntityManager): Promise<void> {
    const profile = await this.lockById(manager, supplierId);
    const before = profile.state;
    assertTransition(profile.state, ['pending_review'], decision.state === 'approved' ? 'approve' : decision.state === 'rejected' ? 'reject' : 'request_changes');
    const now = this.clock.now();
    if (decision.state === 'approved') {
      profile.publishedData = await this.snapshot(manager, profile);
      profile.publishedAt = now;
      profile.state = 'published';
    } else {
      profile.state = decision.state === 'rejected' ? 'rejected' : 'draft';
    }
    profile.lastDecision = { state: decision.state, reasonCode: decision.reasonCode, note: decision.note, decidedAt: decision.decidedAt.toISOString() };
    await this.save(manager, profile);
    await this.audit.record(manager, {
      action: `supplier.profile_${decision.state}`,
      actor: { userId: decision.decidedByUserId, organizationId: null },
      organizationId: profile.organizationId,
      target: { type: 'supplier_profile', id: profile.id },
      before: { state: before },
      after: { state: profile.state, reasonCode: decision.reasonCode },
    });
    const notice: ProfileNotice = decision.state;
    await this.notices.notifyOwners(manager, profile.organizationId, notice, { code: decision.reasonCode, note: decision.note });
  }

  /** Recomputes the stored verification level inside the caller's transaction (an audit report was attached). */
  async refreshVerification(manager: EntityManager, organizationId: string): Promise<void> {
    const profile = await manager.findOne(SupplierProfile, { where: { organizationId }, lock: { mode: 'pessimistic_write' } });
    if (profile) await this.save(manager, profile);
  }

  // ---- internals ---------------------------------------------------------------------------------

  private async lockOwn(manager: EntityManager, principal: Principal): Promise<SupplierProfile> {
    if (principal.organizationKind !== 'supplier') {
      throw new AppError('FORBIDDEN', { details: [{ issue: 'organization_kind', message: 'only supplier organizations have a supplier profile' }] });
    }
    const now = this.clock.now();
    await manager.query(
      `INSERT INTO supplier_profiles (organization_id, state, draft_data, created_at, updated_at)
       VALUES ($1, 'draft', $2, $3, $3) ON CONFLICT (organization_id) DO NOTHING`,
      [principal.organizationId, JSON.stringify(EMPTY_PROFILE_DATA), now],
    );
    return manager.findOneOrFail(SupplierProfile, { where: { organizationId: principal.organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  private async lockById(manager: EntityManager, supplierId: string): Promise<SupplierProfile> {
    const profile = await manager.findOne(SupplierProfile, { where: { id: supplierId }, lock: { mode: 'pessimistic_write' } });
    if (!profile) throw notFound('supplierId');
    return profile;
  }

  /** A plant or certification of this profile; another profile's answers like a missing one. */
  private async ownRow<T extends SupplierPlant | SupplierCertification>(
    manager: EntityManager,
    entity: new () => T,
    profile: SupplierProfile,
    id: string,
    label: string,
  ): Promise<T> {
    const row = await manager.findOneBy(entity as new () => SupplierPlant, { id, profileId: profile.id });
    if (!row) throw notFound(label);
    return row as T;
  }

  /** Any edit: refused during review; on a published profile it starts a revision. */
  private startRevision(profile: SupplierProfile): void {
    if (profile.state === 'pending_review') {
      throw new AppError('PROFILE_UNDER_REVIEW', { details: [{ field: 'state', issue: 'pending_review', message: 'the profile is under review' }] });
    }
    if (profile.state === 'published') profile.state = 'draft';
  }

  private async applyCertification(manager: EntityManager, profile: SupplierProfile, certification: SupplierCertification, input: CertificationInput): Promise<void> {
    const problems = [];
    if (unknownVocabularyCodes([input.type], 'certification').length > 0) {
      problems.push({ field: 'type', issue: 'unknown_code', message: `${input.type} is not a certification of the vocabulary` });
    }
    const dates = certificationDatesProblem(input.validFrom ?? null, input.validUntil ?? null);
    if (dates) problems.push({ field: dates.field, issue: dates.issue, message: 'validUntil is before validFrom' });
    if (input.documentId) {
      const document = await manager.findOneBy(SupplierDocument, { id: input.documentId, organizationId: ownerOf(profile) });
      if (!document) problems.push({ field: 'documentId', issue: 'not_found', message: 'documentId not found' });
    }
    if (problems.length > 0) throw validationFailed(problems);
    certification.type = input.type;
    certification.issuer = input.issuer.trim();
    certification.number = input.number?.trim() || null;
    certification.scope = input.scope?.trim() || null;
    certification.validFrom = input.validFrom ?? null;
    certification.validUntil = input.validUntil ?? null;
    certification.documentId = input.documentId ?? null;
    certification.public = input.public ?? true;
  }

  private async assertComplete(manager: EntityManager, profile: SupplierProfile): Promise<void> {
    const data = profile.draftData;
    const missing: string[] = [];
    if (!data.legalName) missing.push('legalName');
    if (!data.rfc) missing.push('rfc');
    if (!data.description.es && !data.description.en) missing.push('description');
    if ((await manager.countBy(SupplierPlant, { profileId: profile.id })) === 0) missing.push('plants');
    if (missing.length > 0) {
      throw new AppError('PROFILE_INCOMPLETE', { details: missing.map((field) => ({ field, issue: 'required', message: `${field} is required before review` })) });
    }
  }

  /** The profile as it would be published now: its fields, plants and certifications. */
  private async snapshot(manager: EntityManager, profile: SupplierProfile): Promise<PublishedProfile> {
    // One after the other: inside a transaction the manager has one connection, and pg deprecates
    // overlapping queries on one client (they would run one at a time anyway).
    const plants = await manager.find(SupplierPlant, { where: { profileId: profile.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const certifications = await manager.find(SupplierCertification, { where: { profileId: profile.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const snapshot: PublishedProfile = { ...profile.draftData, plants: plants.map(plantData), certifications: certifications.map(certificationData) };
    // What a registry declares is no field the owner edits: it stays with the listing through revisions.
    const declared = profile.publishedData?.declaredCertifications;
    return declared ? { ...snapshot, declaredCertifications: declared } : snapshot;
  }

  private async hasUnsentChanges(manager: EntityManager, profile: SupplierProfile): Promise<boolean> {
    if (!profile.publishedData) return true;
    const current = await this.snapshot(manager, profile);
    const strip = (data: PublishedProfile) => ({ ...data, certifications: data.certifications.map((item) => ({ ...item, verifiedAt: null })) });
    return canonicalJson(strip(current)) !== canonicalJson(strip(profile.publishedData));
  }

  /** Saves the profile with its verification level recomputed from what is stored now. */
  private async save(manager: EntityManager, profile: SupplierProfile): Promise<void> {
    const now = this.clock.now();
    const [{ verified }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                       WHERE m.organization_id = $1 AND m.role = 'owner' AND u.email_verified_at IS NOT NULL) AS verified`,
      [profile.organizationId],
    );
    const certifications = await manager.findBy(SupplierCertification, { profileId: profile.id });
    // Expired certificates stop counting: the level needs every current one checked after its last change.
    const current = certifications.filter((item) => certificationStatus({ validFrom: item.validFrom, validUntil: item.validUntil }, now) !== 'expired');
    const certificatesVerifiedAt =
      current.length > 0 && current.every((item) => item.verifiedAt !== null) ? new Date(Math.min(...current.map((item) => item.verifiedAt?.getTime() ?? 0))) : null;
    const certificatesChangedAt = current.length > 0 ? new Date(Math.max(...current.map((item) => item.updatedAt.getTime()))) : null;
    const [{ audited }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM supplier_documents d JOIN memberships m ON m.user_id = d.created_by
                        JOIN organizations o ON o.id = m.organization_id
                       WHERE d.organization_id = $1 AND d.kind = 'audit_report' AND o.kind = 'platform') AS audited`,
      [profile.organizationId],
    );
    profile.verificationLevel = verificationLevel({
      ownerEmailVerified: verified,
      rfcVerifiedAt: profile.rfcVerifiedAt,
      certificatesVerifiedAt,
      auditReportAttached: audited,
      hasCertificates: current.length > 0,
      certificatesChangedAt,
    });
    profile.updatedAt = now;
    const [stored] = await manager.query('SELECT state, verification_level, published_data FROM supplier_profiles WHERE id = $1', [profile.id]);
    await manager.save(SupplierProfile, profile);
    // The search index follows what the public sees: visibility, the published version, the verification level.
    // A draft edit of a published profile changes none of them (unless it changes the level), so it sends nothing.
    const visible = (state: string, published: unknown) => published !== null && published !== undefined && state !== 'suspended' && state !== 'withdrawn';
    if (
      !stored ||
      visible(stored.state, stored.published_data) !== visible(profile.state, profile.publishedData) ||
      ((stored.published_data !== null || profile.publishedData !== null) &&
        (stored.verification_level !== profile.verificationLevel || canonicalJson(stored.published_data) !== canonicalJson(profile.publishedData)))
    ) {
      await publishSearchChanges(this.outbox, manager, [profile.id]);
    }
  }

  private async record(
    manager: EntityManager,
    actor: Principal,
    profile: SupplierProfile,
    action: string,
    before: ProfileState,
    origin: RequestOrigin,
    after: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(manager, {
      action,
      actor: { userId: actor.userId, organizationId: actor.organizationId },
      organizationId: profile.organizationId,
      target: { type: 'supplier_profile', id: profile.id },
      before: { state: before },
      after: { state: profile.state, ...after },
      ip: origin.ip,
    });
  }

  private async ownView(manager: EntityManager, profile: SupplierProfile): Promise<OwnProfileView> {
    const now = this.clock.now();
    const draft = await this.snapshot(manager, profile);
    const documents =
      profile.organizationId === null
        ? []
        : await manager.find(SupplierDocument, { where: { organizationId: profile.organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return {
      supplierId: profile.id,
      organizationId: profile.organizationId,
      state: profile.state,
      hasPendingRevision: profile.publishedData !== null && profile.state !== 'published' && profile.state !== 'suspended',
      verificationLevel: profile.verificationLevel,
      rfcVerifiedAt: profile.rfcVerifiedAt?.toISOString() ?? null,
      lastDecision: profile.lastDecision,
      draft: fieldsView(draft, now, true),
      published: profile.publishedData ? fieldsView(profile.publishedData, now, true) : null,
      publishedAt: profile.publishedAt?.toISOString() ?? null,
      documents: documents.map(documentView),
    };
  }
}

function applyPlant(plant: SupplierPlant, input: PlantInput): void {
  const located = locatePlant(input);
  if (!located.ok) throw validationFailed([{ field: located.field, issue: located.issue, message: `${located.field}: ${located.issue.replace(/_/g, ' ')}` }]);
  const { location } = located;
  Object.assign(plant, {
    name: input.name.trim(),
    state: input.state.trim(),
    municipality: input.municipality?.trim() || null,
    locality: input.locality?.trim() || null,
    postalCode: input.postalCode?.trim() || null,
    street: input.street?.trim() || null,
    stateCode: location.stateCode,
    municipalityCode: location.municipalityCode,
    localityCode: location.localityCode,
    lat: location.lat,
    lon: location.lon,
    precision: location.precision,
    nearestPorts: location.nearestPorts,
  });
}

/** JSON with sorted keys: jsonb does not keep the key order it was given. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item,
  );
}

function assertTransition(state: ProfileState, allowed: ProfileState[], action: string): void {
  if (!allowed.includes(state)) throw invalidTransition(state, action);
}

function invalidTransition(state: ProfileState, action: string): AppError {
  return new AppError('PROFILE_INVALID_TRANSITION', {
    details: [{ field: 'state', issue: `${action}_from_${state}`, message: `cannot ${action.replace(/_/g, ' ')} a profile in state ${state}` }],
  });
}

function notFound(field: string): AppError {
  return new AppError('NOT_FOUND', { details: [{ field, issue: 'not_found', message: `${field} not found` }] });
}

/** The owner organization of a profile the caller reached as its owner (never an unclaimed listing). */
function ownerOf(profile: SupplierProfile): string {
  if (profile.organizationId === null) throw new Error(`profile ${profile.id} is an unclaimed listing here`);
  return profile.organizationId;
}
