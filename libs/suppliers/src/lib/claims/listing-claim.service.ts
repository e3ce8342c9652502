import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock, OutboxPublisher } from '@puente/platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import { emailDomain, emailDomainMatchesHost, websiteHost } from '../domain/claim-evidence';
import { checkRfc, normalizeRfc } from '../domain/rfc';
import { DirectorySource } from '../entities/directory-source.entity';
import { ListingClaim, type ClaimEvidence, type ClaimEvidenceKind } from '../entities/listing-claim.entity';
import { SupplierCertification } from '../entities/supplier-certification.entity';
import { SupplierDocument } from '../entities/supplier-document.entity';
import { SupplierPlant } from '../entities/supplier-plant.entity';
import { publishSearchChanges } from '../search-changes';
import { SupplierProfile } from '../entities/supplier-profile.entity';
import { plantData } from '../profile/profile-views';
import { SupplierProfileService } from '../profile/supplier-profile.service';
import { ClaimReviewQueue, ReviewReasonWords } from '../review/moderation-port';
import { ClaimNotices } from './claim-notices';
import { claimView, listingName, type ClaimView } from './claim-views';

export interface ClaimInput {
  evidence: ClaimEvidenceKind;
  rfc?: string;
  documentId?: string;
  note?: string;
}

export interface ClaimDecisionInput {
  state: 'approved' | 'rejected' | 'changes_requested';
  reasonCode: string | null;
  note: string | null;
  decidedByUserId: string;
  decidedAt: Date;
}

/** One row of the review page: the listing's side beside the claimant's. */
export interface ClaimComparisonRow {
  field: string;
  published: unknown;
  proposed: unknown;
  changed: boolean;
}

/**
 * Claims of directory listings, one transaction per action, each audited. A claim opens a `listing_claim`
 * review item; its approval makes the listing part of the claimant organization (its profile when the
 * organization has an empty one, otherwise a plant of the organization's profile, the listing then
 * withdrawn and merged into it) and rejects the competing claims.
 */
@Injectable()
export class ListingClaimService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly reviews: ClaimReviewQueue,
    private readonly reasons: ReviewReasonWords,
    private readonly notices: ClaimNotices,
    private readonly profiles: SupplierProfileService,
    private readonly outbox: OutboxPublisher,
  ) {}

  /** A supplier organization's owner claims a published, unclaimed directory listing. */
  async request(principal: Principal, listingId: string, input: ClaimInput, origin: RequestOrigin): Promise<ClaimView> {
    return this.dataSource.transaction(async (manager) => {
      // The listing's row lock orders claims of one listing against its approval.
      const listing = await manager.findOne(SupplierProfile, { where: { id: listingId }, lock: { mode: 'pessimistic_write' } });
      if (!listing || listing.origin !== 'directory' || !listing.publishedData) throw notFound('supplierId');
      const approved = await manager.existsBy(ListingClaim, { listingId, state: 'approved' });
      if (listing.organizationId !== null || listing.mergedInto !== null || approved) {
        throw new AppError('LISTING_ALREADY_CLAIMED', { details: [{ field: 'supplierId', issue: 'already_claimed', message: 'this listing already belongs to a company' }] });
      }
      if (listing.state !== 'published') throw notFound('supplierId');
      if (await manager.existsBy(ListingClaim, { listingId, organizationId: principal.organizationId, state: 'pending' })) {
        throw new AppError('CLAIM_ALREADY_PENDING', { details: [{ field: 'supplierId', issue: 'claim_pending', message: 'your organization already has a pending claim on this listing' }] });
      }
      const evidence = await this.checkEvidence(manager, principal, listing, input);
      const now = this.clock.now();
      const claim = manager.create(ListingClaim, {
        listingId,
        organizationId: principal.organizationId,
        requestedBy: principal.userId,
        evidenceKind: evidence.kind,
        evidence,
        state: 'pending',
        note: input.note?.trim() || null,
        decisionReasonCode: null,
        decisionNote: null,
        decidedBy: null,
        decidedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.save(ListingClaim, claim);
      await this.reviews.open(manager, { kind: 'listing_claim', subjectId: claim.id, organizationId: principal.organizationId });
      await this.record(manager, principal, claim, 'supplier.claim_requested', null, origin, { evidence: evidence.kind });
      return this.view(manager, claim);
    });
  }

  /** The caller organization's claims, newest first. */
  async listOwn(principal: Principal): Promise<ClaimView[]> {
    const manager = this.dataSource.manager;
    const claims = await manager.find(ListingClaim, { where: { organizationId: principal.organizationId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return this.views(manager, claims);
  }

  /** Every claim on one listing, newest first (admins). */
  async listForListing(listingId: string): Promise<ClaimView[]> {
    const manager = this.dataSource.manager;
    const listing = await manager.findOneBy(SupplierProfile, { id: listingId });
    if (!listing || listing.origin !== 'directory') throw notFound('supplierId');
    const claims = await manager.find(ListingClaim, { where: { listingId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return this.views(manager, claims);
  }

  /** pending -> withdrawn, by the claimant organization's owner; the open review item goes with it. */
  async withdraw(principal: Principal, claimId: string, origin: RequestOrigin): Promise<ClaimView> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(ListingClaim, { where: { id: claimId, organizationId: principal.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) throw notFound('claimId');
      if (claim.state !== 'pending') throw invalidTransition(claim.state, 'withdraw');
      if (!(await this.reviews.withdraw(manager, { kind: 'listing_claim', subjectId: claim.id }))) {
        // Not waiting for the admin's decision (it needs this claim's lock): the claimant may try again.
        throw new AppError('CLAIM_INVALID_TRANSITION', { details: [{ field: 'state', issue: 'being_decided', message: 'an admin is deciding this claim right now' }] });
      }
      claim.state = 'withdrawn';
      claim.updatedAt = this.clock.now();
      await manager.save(ListingClaim, claim);
      await this.record(manager, principal, claim, 'supplier.claim_withdrawn', 'pending', origin);
      return this.view(manager, claim);
    });
  }

  /** The review page: the listing beside the claimant, the evidence, and the competing claims as rows. */
  async compare(claimId: string, manager: EntityManager): Promise<ClaimComparisonRow[]> {
    const claim = await manager.findOneBy(ListingClaim, { id: claimId });
    if (!claim) throw notFound('claimId');
    const listing = await manager.findOneByOrFail(SupplierProfile, { id: claim.listingId });
    const own = await manager.findOneBy(SupplierProfile, { organizationId: claim.organizationId });
    const [organization] = await manager.query(`SELECT name FROM organizations WHERE id = $1`, [claim.organizationId]);
    const [requester] = await manager.query(`SELECT name, email, email_verified_at FROM users WHERE id = $1`, [claim.requestedBy]);
    const listed = listing.publishedData;
    const ownPlants = own ? await manager.find(SupplierPlant, { where: { profileId: own.id }, order: { createdAt: 'ASC', id: 'ASC' } }) : [];
    const place = (plant: { name: string; municipality: string | null; state: string }) => `${plant.name} (${[plant.municipality, plant.state].filter(Boolean).join(', ')})`;
    const row = (field: string, published: unknown, proposed: unknown, changed = JSON.stringify(published ?? null) !== JSON.stringify(proposed ?? null)) => ({
      field,
      published: published ?? null,
      proposed: proposed ?? null,
      changed,
    });
    const sources = await manager.find(DirectorySource, { where: { profileId: listing.id }, order: { firstSeenAt: 'ASC' } });
    const competing = await manager.find(ListingClaim, { where: { listingId: claim.listingId, state: 'pending' }, order: { createdAt: 'ASC', id: 'ASC' } });
    const competingNames = await this.organizationNames(manager, competing.map((item) => item.organizationId));
    return [
      row('organization', null, organization?.name ?? null),
      row('requestedBy', null, requester ? { name: requester.name, email: requester.email, emailVerified: requester.email_verified_at !== null } : null),
      row('sources', sources.map((source) => `${source.registry} ${source.sourceId}`), null, false),
      row('legalName', listed?.legalName, own?.draftData.legalName),
      row('tradeName', listed?.tradeName, own?.draftData.tradeName),
      row('rfc', listed?.rfc, claim.evidence.rfc ?? own?.draftData.rfc),
      row('website', listed?.website, own?.draftData.website),
      row('plants', (listed?.plants ?? []).map(place), ownPlants.map(place)),
      row('profileState', listing.state, own?.state ?? 'none'),
      // `listingId`: the admin's evidence download goes through the listing's documents route.
      row('evidence', listingSideOfEvidence(claim.evidence, listed), { ...claim.evidence, listingId: claim.listingId }, false),
      row('note', null, claim.note),
      ...competing
        .filter((item) => item.id !== claim.id)
        .map((item, index) =>
          row(`competingClaims[${index}]`, null, {
            claimId: item.id,
            organizationName: competingNames.get(item.organizationId) ?? null,
            evidence: item.evidence,
            createdAt: item.createdAt.toISOString(),
          }, true),
        ),
    ];
  }

  /** The review decision, inside the transaction that records it (called by the review handler). */
  async applyDecision(claimId: string, decision: ClaimDecisionInput, manager: EntityManager): Promise<void> {
    const found = await manager.findOneBy(ListingClaim, { id: claimId });
    if (!found) throw notFound('claimId');
    // The listing first, then its claims: two decisions on one listing take turns in that order (approving one
    // rejects the others, so taking a claim first could deadlock with a decision on a competing one).
    const listing = await manager.findOne(SupplierProfile, { where: { id: found.listingId }, lock: { mode: 'pessimistic_write' } });
    if (!listing) throw notFound('supplierId');
    const claim = await manager.findOneOrFail(ListingClaim, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
    if (decision.state === 'changes_requested') {
      // A claim has no draft to change: the admin rejects it with a note saying what evidence would do.
      throw invalidTransition(claim.state, 'request_changes');
    }
    // A competing approval rejected it while this item was being decided: rejecting it too just closes the item.
    if (claim.state === 'rejected' && decision.state === 'rejected') return;
    if (claim.state !== 'pending') throw invalidTransition(claim.state, decision.state === 'approved' ? 'approve' : 'reject');
    const name = listingName(listing.publishedData);
    this.decide(claim, decision.state === 'approved' ? 'approved' : 'rejected', decision);
    if (decision.state === 'approved') {
      if (listing.organizationId !== null || listing.mergedInto !== null) {
        throw new AppError('LISTING_ALREADY_CLAIMED', { details: [{ field: 'supplierId', issue: 'already_claimed', message: 'this listing already belongs to a company' }] });
      }
      const into = await this.join(manager, listing, claim.organizationId);
      // The listing is now claimed (or withdrawn into the organization's profile, which gained its plant).
      await publishSearchChanges(this.outbox, manager, [listing.id, into]);
      // The unique index (one approved claim per listing) backs the checks above.
      await manager.save(ListingClaim, claim);
      await this.rejectCompeting(manager, claim, decision, name);
      await this.notices.notify(manager, claim.organizationId, 'approved', name);
      await this.recordDecision(manager, decision, claim, 'supplier.claim_approved', { profileId: into, merged: into !== listing.id });
    } else {
      await manager.save(ListingClaim, claim);
      await this.notices.notify(manager, claim.organizationId, 'rejected', name, { code: decision.reasonCode, note: decision.note });
      await this.recordDecision(manager, decision, claim, 'supplier.claim_rejected', { reasonCode: decision.reasonCode });
    }
  }

  // ---- internals ---------------------------------------------------------------------------------

  /**
   * Makes the listing the organization's: its profile when the organization has none worth keeping (never
   * published, no plants, no legal name), otherwise a plant of its profile (published and draft), the
   * listing withdrawn and merged into it. Returns the profile the listing now belongs to.
   */
  private async join(manager: EntityManager, listing: SupplierProfile, organizationId: string): Promise<string> {
    const own = await manager.findOne(SupplierProfile, { where: { organizationId }, lock: { mode: 'pessimistic_write' } });
    const ownPlants = own ? await manager.countBy(SupplierPlant, { profileId: own.id }) : 0;
    const now = this.clock.now();
    if (!own || (own.publishedData === null && ownPlants === 0 && !own.draftData.legalName && own.state !== 'pending_review')) {
      if (own) {
        // Certifications the organization had started keep their place on the profile it now has.
        await manager.update(SupplierCertification, { profileId: own.id }, { profileId: listing.id });
        await manager.delete(SupplierProfile, { id: own.id });
      }
      listing.organizationId = organizationId;
      listing.updatedAt = now;
      await manager.save(SupplierProfile, listing);
      await manager.update(SupplierPlant, { profileId: listing.id }, { organizationId, updatedAt: now });
      await manager.update(SupplierCertification, { profileId: listing.id }, { organizationId });
      await this.profiles.refreshVerification(manager, organizationId);
      return listing.id;
    }
    const plants = await manager.find(SupplierPlant, { where: { profileId: listing.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    await manager.update(SupplierPlant, { profileId: listing.id }, { profileId: own.id, organizationId, updatedAt: now });
    if (own.publishedData) {
      // Public at once: the plant was already public as the listing, and an admin approved the claim.
      own.publishedData = { ...own.publishedData, plants: [...own.publishedData.plants, ...plants.map(plantData)] };
    }
    await manager.update(DirectorySource, { profileId: listing.id }, { profileId: own.id });
    listing.state = 'withdrawn';
    listing.mergedInto = own.id;
    listing.updatedAt = now;
    await manager.save(SupplierProfile, [listing, own]);
    await this.profiles.refreshVerification(manager, organizationId);
    return own.id;
  }

  /** The other pending claims on the listing: rejected as duplicates, their review items closed, their owners told. */
  private async rejectCompeting(manager: EntityManager, approved: ListingClaim, decision: ClaimDecisionInput, name: string): Promise<void> {
    const competing = await manager.find(ListingClaim, { where: { listingId: approved.listingId, state: 'pending' }, lock: { mode: 'pessimistic_write' } });
    for (const claim of competing) {
      if (claim.id === approved.id) continue;
      const rejection: ClaimDecisionInput = { ...decision, state: 'rejected', reasonCode: 'duplicate_listing', note: null };
      this.decide(claim, 'rejected', rejection);
      await manager.save(ListingClaim, claim);
      await this.reviews.rejectOpen(manager, { kind: 'listing_claim', subjectId: claim.id, reasonCode: 'duplicate_listing', note: null, decidedByUserId: decision.decidedByUserId });
      await this.notices.notify(manager, claim.organizationId, 'rejected', name, { code: 'duplicate_listing', note: null });
      await this.recordDecision(manager, rejection, claim, 'supplier.claim_rejected', { reasonCode: 'duplicate_listing', approvedClaimId: approved.id });
    }
  }

  private decide(claim: ListingClaim, state: 'approved' | 'rejected', decision: ClaimDecisionInput): void {
    claim.state = state;
    claim.decisionReasonCode = decision.reasonCode;
    claim.decisionNote = decision.note;
    claim.decidedBy = decision.decidedByUserId;
    claim.decidedAt = decision.decidedAt;
    claim.updatedAt = decision.decidedAt;
  }

  private async checkEvidence(manager: EntityManager, principal: Principal, listing: SupplierProfile, input: ClaimInput): Promise<ClaimEvidence> {
    const listed = listing.publishedData;
    if (input.evidence === 'email_domain') {
      const host = listed?.website ? websiteHost(listed.website) : null;
      if (!host) throw mismatch('evidence', 'listing_has_no_website', 'the listing has no website to compare your e-mail domain with');
      const domain = emailDomain(principal.email);
      if (!principal.emailVerified || !emailDomainMatchesHost(domain, host)) {
        throw mismatch('evidence', 'email_domain_mismatch', `your e-mail domain ${domain} is not the listing's website ${host}`);
      }
      return { kind: 'email_domain', emailDomain: domain, websiteDomain: host };
    }
    if (input.evidence === 'rfc') {
      if (!input.rfc) throw invalid('rfc', 'required', 'rfc is required with rfc evidence');
      const check = checkRfc(input.rfc);
      if (!check.valid) throw invalid('rfc', check.issue ?? 'format', `rfc is not a valid RFC (${check.issue ?? 'format'})`);
      if (listed?.rfc && normalizeRfc(listed.rfc) !== check.normalized) throw mismatch('rfc', 'rfc_mismatch', 'the RFC is not the one the listing carries');
      return { kind: 'rfc', rfc: check.normalized };
    }
    if (!input.documentId) throw invalid('documentId', 'required', 'documentId is required with document evidence');
    const document = await manager.findOneBy(SupplierDocument, { id: input.documentId, organizationId: principal.organizationId });
    if (!document) throw notFound('documentId');
    return { kind: 'document', documentId: document.id, documentName: document.displayName };
  }

  private async views(manager: EntityManager, claims: ListingClaim[]): Promise<ClaimView[]> {
    const names = await this.organizationNames(manager, claims.map((claim) => claim.organizationId));
    const listingIds = [...new Set(claims.map((claim) => claim.listingId))];
    const listings = listingIds.length ? await manager.find(SupplierProfile, { where: { id: In(listingIds) }, select: { id: true, publishedData: true } }) : [];
    const listingNames = new Map(listings.map((listing) => [listing.id, listingName(listing.publishedData)]));
    return claims.map((claim) =>
      claimView(claim, { organizationName: names.get(claim.organizationId) ?? '—', listingName: listingNames.get(claim.listingId) ?? '—' }, (code) => this.reasonText(code)),
    );
  }

  private async view(manager: EntityManager, claim: ListingClaim): Promise<ClaimView> {
    return (await this.views(manager, [claim]))[0];
  }

  private reasonText(code: string): { en: string; es: string } {
    return { en: this.reasons.text(code, 'en'), es: this.reasons.text(code, 'es') };
  }

  private async organizationNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM organizations WHERE id = ANY($1)`, [unique]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private async record(
    manager: EntityManager,
    actor: Principal,
    claim: ListingClaim,
    action: string,
    before: string | null,
    origin: RequestOrigin,
    after: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(manager, {
      action,
      actor: { userId: actor.userId, organizationId: actor.organizationId },
      organizationId: claim.organizationId,
      target: { type: 'listing_claim', id: claim.id },
      before: before === null ? undefined : { state: before },
      after: { state: claim.state, listingId: claim.listingId, ...after },
      ip: origin.ip,
    });
  }

  private async recordDecision(manager: EntityManager, decision: ClaimDecisionInput, claim: ListingClaim, action: string, after: Record<string, unknown>): Promise<void> {
    await this.audit.record(manager, {
      action,
      actor: { userId: decision.decidedByUserId, organizationId: null },
      organizationId: claim.organizationId,
      target: { type: 'listing_claim', id: claim.id },
      before: { state: 'pending' },
      after: { state: claim.state, listingId: claim.listingId, ...after },
    });
  }
}

/** What the listing says that the evidence is compared with. */
function listingSideOfEvidence(evidence: ClaimEvidence, listed: SupplierProfile['publishedData']): unknown {
  if (evidence.kind === 'email_domain') return { website: listed?.website ?? null };
  if (evidence.kind === 'rfc') return { rfc: listed?.rfc ?? null, note: listed?.rfc ? null : 'the listing has no RFC: check it with the SAT' };
  return { document: 'check that the document names this company and address' };
}

function notFound(field: string): AppError {
  return new AppError('NOT_FOUND', { details: [{ field, issue: 'not_found', message: `${field} not found` }] });
}

function invalid(field: string, issue: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { details: [{ field, issue, message }] });
}

function mismatch(field: string, issue: string, message: string): AppError {
  return new AppError('CLAIM_EVIDENCE_MISMATCH', { details: [{ field, issue, message }] });
}

function invalidTransition(state: string, action: string): AppError {
  return new AppError('CLAIM_INVALID_TRANSITION', {
    details: [{ field: 'state', issue: `${action}_from_${state}`, message: `cannot ${action.replace(/_/g, ' ')} a claim in state ${state}` }],
  });
}
