import { accessTokenForTests, signTokenForTests } from './support/signed-token';
import { insertDirectoryListing, type UserFixture } from '@puente/testing';
import { randomUUID } from 'node:crypto';
import { PuenteStack } from './support/puente-stack';
import { quoteBody } from './support/quote-world';
import { completeRfqBody } from './support/rfq-world';

const ACTORS = ['anonymous', 'buyerAOwner', 'buyerAMember', 'buyerB', 'supplierX', 'supplierY', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type Expected = Record<Actor, number>;

interface Fixtures {
  stack: PuenteStack;
  users: Record<Exclude<Actor, 'anonymous'>, UserFixture>;
  tokens: Record<Exclude<Actor, 'anonymous'>, string>;
  /** A throwaway member of buyer A, for operations that change or remove their target. */
  newBuyerAMember: () => Promise<UserFixture>;
  newBuyerAInvitation: () => Promise<{ id: string; token: string }>;
  freshSession: (actor: Exclude<Actor, 'anonymous'>) => Promise<{ accessToken: string; refreshToken: string }>;
  newBuyerAOwnerNotice: () => Promise<string>;
  /** Supplier X's published profile (its public supplierId), one of its plants and certifications. */
  supplierX: { supplierId: string; plantId: string; certificationId: string };
  /** A throwaway plant or certification of supplier X, for the operations that remove one. */
  newSupplierXPlant: () => Promise<string>;
  newSupplierXCertification: () => Promise<string>;
  /** A document of supplier X (a small PDF). */
  newSupplierXDocument: () => Promise<string>;
  /** Puts both supplier profiles back in their standing states (X published, Y draft). */
  settleSuppliers: () => Promise<void>;
  /** A published, unclaimed directory listing (its supplierId). */
  newListing: () => Promise<string>;
  /** A pending claim of supplier X on a new listing (its id). */
  newSupplierXClaim: () => Promise<string>;
  /** A review item of supplier X's, open or already decided. */
  newReviewItem: (state: 'open' | 'approved') => Promise<string>;
  /** An open public RFQ of buyer A that invited supplier X and supplier Y (each has an invitation to list). */
  invitedRfq: { rfqId: string; supplierXInvitationId: string };
  /** An open invite-only RFQ of buyer A that needs an NDA and invited supplier X alone (X accepted the NDA). */
  rfqForX: { rfqId: string; attachmentId: string };
  /** A question of supplier X on rfqForX, unanswered. */
  newSupplierXQuestion: () => Promise<string>;
  /** A draft of buyer A with one attachment (its ids). */
  newBuyerAAttachment: () => Promise<{ rfqId: string; attachmentId: string }>;
  /** A new RFQ of buyer A through the API: a complete draft, or published. */
  newBuyerARfq: (state: 'draft' | 'open') => Promise<string>;
  /** Supplier X's active quote on rfqForX (sealed: the RFQ is open), carrying one quote document. */
  quoteOfX: { quoteId: string; attachmentId: string };
  /** A complete quote of supplier X on rfqForX that revises its current revision. */
  quoteBodyOfX: () => Promise<Record<string, unknown>>;
  /** A closed public RFQ of buyer A with one line and supplier X's active quote on it, not awarded. */
  closedRfqOfX: { rfqId: string; quoteId: string; lineId: string };
  /** A closed RFQ of buyer A whose line is awarded to supplier X's quote, not rated yet. */
  awardedRfqOfX: { rfqId: string; quoteId: string };
  /** Another such RFQ, rated by buyer A (the rating's id), without a reply. */
  ratedRfqOfX: { rfqId: string; quoteId: string; ratingId: string };
}

interface Request {
  path: string;
  body?: unknown;
  /** Replaces the actor's standing token (for operations that end the session they use). */
  token?: string;
  /** A file's bytes instead of a JSON body (uploads). */
  raw?: { bytes: Buffer; contentType: string };
}

interface Row {
  request: (fixtures: Fixtures, actor: Actor) => Promise<Request> | Request;
  expect: Expected;
  /** Puts back what an allowed call changed, so later cells see the same world. */
  restore?: (fixtures: Fixtures) => Promise<void>;
}

const all = (status: number): Expected => Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Expected;
const signedIn = (status: number): Expected => ({ ...all(status), anonymous: 401 });
const adminOnly = (status: number): Expected => ({ ...all(403), anonymous: 401, admin: status });
/** Buyer and supplier organizations only; admins have no team here. */
const teams = (status: number): Expected => ({ ...signedIn(status), admin: 403 });
/** Owners only, each within their own organization; buyer A's member is not an owner. */
const ownersOwnOrganization = (status: number): Expected => ({ ...teams(status), buyerAMember: 403 });
/** An owner acting on buyer A's resource: other tenants get 404, never a hint that it exists. */
const ownersOnBuyerA = (status: number): Expected => ({ ...ownersOwnOrganization(404), buyerAOwner: status });

/** Buyer organizations only. */
const buyers = (status: number): Expected => ({ ...all(403), anonymous: 401, buyerAOwner: status, buyerAMember: status, buyerB: status });
/** Buyer A's owner and member on buyer A's resource: buyer B gets 404; suppliers and admins are refused by kind. */
const buyerAOnly = (status: number): Expected => ({ ...buyers(404), buyerAOwner: status, buyerAMember: status });

/** Supplier organizations only, each on its own profile. */
const suppliers = (status: number): Expected => ({ ...all(403), anonymous: 401, supplierX: status, supplierY: status });
/** Supplier X acting on its own plant or certification: supplier Y gets 404. */
const supplierXOwn = (status: number): Expected => ({ ...suppliers(404), supplierX: status });

const PROFILE = {
  legalName: 'Matriz SA de CV',
  rfc: 'MAT050101AB8',
  rfcShownChars: 3,
  description: { es: 'Maquinado CNC y troquelado de lámina' },
  processes: ['proc.machining.cnc-machining'],
  languages: ['es', 'en'],
};
const PLANT = { name: 'Planta', state: 'Guanajuato', municipality: 'Irapuato' };
const PDF = { bytes: Buffer.from('%PDF-1.7\n% matrix\n'), contentType: 'application/pdf' };
const CERTIFICATION = { type: 'cert.iso-9001', issuer: 'Matrix Cert', validFrom: '2024-01-01', validUntil: '2030-01-01' };

const unique = () => `${randomUUID().slice(0, 8)}@matrix.example`;
const STRONG = 'matrix walnut harbor 9';

/**
 * Every operation in the OpenAPI document, against every actor. A route without a row fails the
 * suite, so no route ships without deciding who may call it. Rules: no or bad token 401, wrong kind
 * or role 403, another tenant's resource 404.
 */
const MATRIX: Record<string, Row> = {
  'GET /health/live': { request: () => ({ path: '/health/live' }), expect: all(200) },
  'GET /health/ready': { request: () => ({ path: '/health/ready' }), expect: all(200) },
  'GET /api/v1/meta/error-codes': { request: () => ({ path: '/api/v1/meta/error-codes' }), expect: all(200) },

  'POST /api/v1/auth/sign-up': {
    request: () => ({
      path: '/api/v1/auth/sign-up',
      body: { organization: { kind: 'buyer', name: 'Matrix Co', country: 'US' }, user: { name: 'M', email: unique(), password: STRONG } },
    }),
    expect: all(202),
  },
  'POST /api/v1/auth/sign-in': {
    request: (f) => ({ path: '/api/v1/auth/sign-in', body: { email: f.users.supplierY.email, password: f.users.supplierY.password, client: 'api' } }),
    expect: all(200),
  },
  'POST /api/v1/auth/refresh': {
    request: async (f, actor) => ({
      path: '/api/v1/auth/refresh',
      body: { refreshToken: actor === 'anonymous' ? 'not-a-refresh-token' : (await f.freshSession(actor)).refreshToken },
    }),
    expect: signedIn(200),
  },
  'POST /api/v1/auth/sign-out': {
    request: async (f, actor) => ({ path: '/api/v1/auth/sign-out', token: actor === 'anonymous' ? undefined : (await f.freshSession(actor)).accessToken }),
    expect: signedIn(204),
  },
  'POST /api/v1/auth/verify-email': { request: () => ({ path: '/api/v1/auth/verify-email', body: { token: 'forged.token' } }), expect: all(400) },
  'POST /api/v1/auth/verify-email/resend': { request: () => ({ path: '/api/v1/auth/verify-email/resend' }), expect: signedIn(202) },
  'POST /api/v1/auth/password-reset': { request: () => ({ path: '/api/v1/auth/password-reset', body: { email: unique() } }), expect: all(202) },
  'POST /api/v1/auth/password-reset/confirm': {
    request: () => ({ path: '/api/v1/auth/password-reset/confirm', body: { token: 'forged.token', newPassword: STRONG } }),
    expect: all(400),
  },

  'GET /api/v1/me': { request: () => ({ path: '/api/v1/me' }), expect: signedIn(200) },
  'PATCH /api/v1/me': { request: () => ({ path: '/api/v1/me', body: { timeZone: 'America/Chicago' } }), expect: signedIn(200) },
  'POST /api/v1/me/password': {
    request: (f, actor) => {
      const password = actor === 'anonymous' ? STRONG : f.users[actor].password;
      return { path: '/api/v1/me/password', body: { currentPassword: password, newPassword: password } };
    },
    expect: signedIn(204),
  },

  'GET /api/v1/team/members': { request: () => ({ path: '/api/v1/team/members' }), expect: teams(200) },
  'PATCH /api/v1/team/members/{userId}': {
    request: (f) => ({ path: `/api/v1/team/members/${f.users.buyerAMember.userId}`, body: { role: 'member' } }),
    expect: { ...ownersOnBuyerA(200) },
  },
  'DELETE /api/v1/team/members/{userId}': {
    request: async (f) => ({ path: `/api/v1/team/members/${(await f.newBuyerAMember()).userId}` }),
    // buyer A's member may leave but not remove someone else.
    expect: { ...ownersOnBuyerA(204) },
  },
  'POST /api/v1/team/ownership-transfer': {
    request: async (f) => ({ path: '/api/v1/team/ownership-transfer', body: { userId: (await f.newBuyerAMember()).userId } }),
    expect: { ...ownersOnBuyerA(200) },
    restore: async (f) => {
      await f.stack.db.query(`UPDATE memberships SET role = 'owner' WHERE user_id = $1`, [f.users.buyerAOwner.userId]);
    },
  },
  'GET /api/v1/team/invitations': { request: () => ({ path: '/api/v1/team/invitations' }), expect: ownersOwnOrganization(200) },
  'POST /api/v1/team/invitations': {
    request: () => ({ path: '/api/v1/team/invitations', body: { email: unique(), role: 'member' } }),
    expect: ownersOwnOrganization(201),
  },
  'DELETE /api/v1/team/invitations/{invitationId}': {
    request: async (f) => ({ path: `/api/v1/team/invitations/${(await f.newBuyerAInvitation()).id}` }),
    expect: ownersOnBuyerA(204),
  },
  'POST /api/v1/team/invitations/accept': {
    request: async (f) => ({ path: '/api/v1/team/invitations/accept', body: { token: (await f.newBuyerAInvitation()).token, name: 'Invitee', password: STRONG } }),
    expect: all(201),
  },

  'POST /api/v1/admin/users/{userId}/suspend': {
    request: async (f) => ({ path: `/api/v1/admin/users/${(await f.newBuyerAMember()).userId}/suspend`, body: {} }),
    expect: adminOnly(204),
  },
  'POST /api/v1/admin/users/{userId}/unsuspend': {
    request: (f) => ({ path: `/api/v1/admin/users/${f.users.buyerAMember.userId}/unsuspend`, body: {} }),
    expect: adminOnly(204),
  },
  'POST /api/v1/admin/organizations/{organizationId}/suspend': {
    request: async (f) => ({ path: `/api/v1/admin/organizations/${(await f.stack.factory.organization()).id}/suspend`, body: {} }),
    expect: adminOnly(204),
  },
  'POST /api/v1/admin/organizations/{organizationId}/unsuspend': {
    request: (f) => ({ path: `/api/v1/admin/organizations/${f.users.supplierY.organizationId}/unsuspend`, body: {} }),
    expect: adminOnly(204),
  },
  'GET /api/v1/admin/audit-events': { request: () => ({ path: '/api/v1/admin/audit-events' }), expect: adminOnly(200) },
  'GET /api/v1/admin/notification-deliveries/failed': { request: () => ({ path: '/api/v1/admin/notification-deliveries/failed' }), expect: adminOnly(200) },
  'GET /api/v1/admin/reviews': { request: () => ({ path: '/api/v1/admin/reviews?state=open' }), expect: adminOnly(200) },
  'GET /api/v1/admin/reviews/reasons': { request: () => ({ path: '/api/v1/admin/reviews/reasons' }), expect: adminOnly(200) },
  // A decided item: its page needs no subject handler (the comparison is shown only while open).
  'GET /api/v1/admin/reviews/{id}': { request: async (f) => ({ path: `/api/v1/admin/reviews/${await f.newReviewItem('approved')}` }), expect: adminOnly(200) },
  'POST /api/v1/admin/reviews/{id}/assign': { request: async (f) => ({ path: `/api/v1/admin/reviews/${await f.newReviewItem('open')}/assign` }), expect: adminOnly(200) },
  // Decisions on an already decided item: an admin passes authorization and meets the state rule (409),
  // which needs no subject; the decisions themselves are in apps/api/test/reviews.e2e-spec.ts.
  'POST /api/v1/admin/reviews/{id}/approve': {
    request: async (f) => ({ path: `/api/v1/admin/reviews/${await f.newReviewItem('approved')}/approve`, body: {} }),
    expect: adminOnly(409),
  },
  'POST /api/v1/admin/reviews/{id}/reject': {
    request: async (f) => ({ path: `/api/v1/admin/reviews/${await f.newReviewItem('approved')}/reject`, body: { reasonCode: 'other' } }),
    expect: adminOnly(409),
  },
  'POST /api/v1/admin/reviews/{id}/request-changes': {
    request: async (f) => ({ path: `/api/v1/admin/reviews/${await f.newReviewItem('approved')}/request-changes`, body: { reasonCode: 'incomplete_information' } }),
    expect: adminOnly(409),
  },

  'GET /api/v1/catalog/vocabulary': { request: () => ({ path: '/api/v1/catalog/vocabulary?kind=certification' }), expect: all(200) },
  'GET /api/v1/catalog/vocabulary/tree': { request: () => ({ path: '/api/v1/catalog/vocabulary/tree' }), expect: all(200) },
  'GET /api/v1/catalog/vocabulary/search': { request: () => ({ path: '/api/v1/catalog/vocabulary/search?q=inyeccion' }), expect: all(200) },
  'GET /api/v1/catalog/vocabulary/match': { request: () => ({ path: '/api/v1/catalog/vocabulary/match?text=FITTING%20ASSY' }), expect: all(200) },
  'GET /api/v1/catalog/scian/{code}': { request: () => ({ path: '/api/v1/catalog/scian/336370' }), expect: all(200) },
  'GET /api/v1/catalog/hs/{code}': { request: () => ({ path: '/api/v1/catalog/hs/8413.60' }), expect: all(200) },
  'GET /api/v1/catalog/us-zips/{zip}': { request: () => ({ path: '/api/v1/catalog/us-zips/75201' }), expect: all(200) },
  'GET /api/v1/catalog/mx-places': { request: () => ({ path: '/api/v1/catalog/mx-places?state=Jalisco' }), expect: all(200) },
  'GET /api/v1/catalog/mx-places/search': { request: () => ({ path: '/api/v1/catalog/mx-places/search?q=Apodaca&state=NL' }), expect: all(200) },
  'GET /api/v1/catalog/transit': { request: () => ({ path: '/api/v1/catalog/transit?lat=25.67&lon=-100.31&zip=75201' }), expect: all(200) },

  'GET /api/v1/notifications': { request: () => ({ path: '/api/v1/notifications' }), expect: signedIn(200) },
  'GET /api/v1/notifications/unread-count': { request: () => ({ path: '/api/v1/notifications/unread-count' }), expect: signedIn(200) },
  'POST /api/v1/notifications/read-all': { request: () => ({ path: '/api/v1/notifications/read-all' }), expect: signedIn(200) },
  'POST /api/v1/notifications/{notificationId}/read': {
    // Buyer A owner's own notice: everyone else, their colleague included, gets 404.
    request: async (f) => ({ path: `/api/v1/notifications/${await f.newBuyerAOwnerNotice()}/read` }),
    expect: { ...all(404), anonymous: 401, buyerAOwner: 204 },
  },
  'GET /api/v1/notifications/preferences': { request: () => ({ path: '/api/v1/notifications/preferences' }), expect: signedIn(200) },
  'PUT /api/v1/notifications/preferences/{type}': {
    request: () => ({ path: '/api/v1/notifications/preferences/team.role-changed', body: { delivery: 'digest' } }),
    expect: signedIn(200),
  },

  'GET /api/v1/suppliers/{supplierId}': { request: (f) => ({ path: `/api/v1/suppliers/${f.supplierX.supplierId}` }), expect: all(200) },
  // Public like the profile it sits beside (and exactly as visible: the profile's 404 rules).
  'GET /api/v1/suppliers/{supplierId}/track-record': { request: (f) => ({ path: `/api/v1/suppliers/${f.supplierX.supplierId}/track-record` }), expect: all(200) },
  'GET /api/v1/supplier-profile': { request: () => ({ path: '/api/v1/supplier-profile' }), expect: suppliers(200) },
  'PUT /api/v1/supplier-profile': {
    request: () => ({ path: '/api/v1/supplier-profile', body: PROFILE }),
    expect: suppliers(200),
    restore: (f) => f.settleSuppliers(),
  },
  'POST /api/v1/supplier-profile/submit': {
    request: () => ({ path: '/api/v1/supplier-profile/submit' }),
    // X's profile is published with no edits: nothing to submit (PROFILE_INVALID_TRANSITION).
    expect: { ...suppliers(200), supplierX: 409 },
    restore: (f) => f.settleSuppliers(),
  },
  'GET /api/v1/supplier-profile/suggestions': {
    request: () => ({ path: '/api/v1/supplier-profile/suggestions?text=maquinado%20CNC' }),
    expect: suppliers(200),
  },
  'POST /api/v1/supplier-profile/plants': {
    request: () => ({ path: '/api/v1/supplier-profile/plants', body: PLANT }),
    expect: suppliers(201),
    restore: (f) => f.settleSuppliers(),
  },
  'PATCH /api/v1/supplier-profile/plants/{plantId}': {
    request: (f) => ({ path: `/api/v1/supplier-profile/plants/${f.supplierX.plantId}`, body: PLANT }),
    expect: supplierXOwn(200),
    restore: (f) => f.settleSuppliers(),
  },
  'DELETE /api/v1/supplier-profile/plants/{plantId}': {
    request: async (f) => ({ path: `/api/v1/supplier-profile/plants/${await f.newSupplierXPlant()}` }),
    expect: supplierXOwn(200),
    restore: (f) => f.settleSuppliers(),
  },
  'POST /api/v1/supplier-profile/certifications': {
    request: () => ({ path: '/api/v1/supplier-profile/certifications', body: CERTIFICATION }),
    expect: suppliers(201),
    restore: (f) => f.settleSuppliers(),
  },
  'PATCH /api/v1/supplier-profile/certifications/{certificationId}': {
    request: (f) => ({ path: `/api/v1/supplier-profile/certifications/${f.supplierX.certificationId}`, body: CERTIFICATION }),
    expect: supplierXOwn(200),
    restore: (f) => f.settleSuppliers(),
  },
  'DELETE /api/v1/supplier-profile/certifications/{certificationId}': {
    request: async (f) => ({ path: `/api/v1/supplier-profile/certifications/${await f.newSupplierXCertification()}` }),
    expect: supplierXOwn(200),
    restore: (f) => f.settleSuppliers(),
  },
  'POST /api/v1/supplier-profile/documents': {
    request: () => ({ path: '/api/v1/supplier-profile/documents?kind=other&name=matrix.pdf', raw: PDF }),
    expect: suppliers(201),
  },
  'GET /api/v1/supplier-profile/documents/{documentId}': {
    request: async (f) => ({ path: `/api/v1/supplier-profile/documents/${await f.newSupplierXDocument()}` }),
    expect: supplierXOwn(200),
  },
  'DELETE /api/v1/supplier-profile/documents/{documentId}': {
    request: async (f) => ({ path: `/api/v1/supplier-profile/documents/${await f.newSupplierXDocument()}` }),
    expect: supplierXOwn(204),
  },
  'GET /api/v1/suppliers/{supplierId}/documents/{documentId}': {
    // A document no public certification shows: its own organization and admins only.
    request: async (f) => ({ path: `/api/v1/suppliers/${f.supplierX.supplierId}/documents/${await f.newSupplierXDocument()}` }),
    expect: { ...all(404), supplierX: 200, admin: 200 },
  },
  'POST /api/v1/admin/suppliers/{supplierId}/documents': {
    request: (f) => ({ path: `/api/v1/admin/suppliers/${f.supplierX.supplierId}/documents?kind=audit_report&name=visit.pdf`, raw: PDF }),
    expect: adminOnly(201),
  },
  'POST /api/v1/admin/suppliers/{supplierId}/suspend': {
    request: (f) => ({ path: `/api/v1/admin/suppliers/${f.supplierX.supplierId}/suspend` }),
    expect: adminOnly(200),
    restore: (f) => f.settleSuppliers(),
  },
  'POST /api/v1/admin/suppliers/{supplierId}/unsuspend': {
    request: async (f) => {
      await f.stack.db.query(`UPDATE supplier_profiles SET state = 'suspended' WHERE id = $1`, [f.supplierX.supplierId]);
      return { path: `/api/v1/admin/suppliers/${f.supplierX.supplierId}/unsuspend` };
    },
    expect: adminOnly(200),
    restore: (f) => f.settleSuppliers(),
  },
  'POST /api/v1/admin/suppliers/{supplierId}/verify-rfc': {
    request: (f) => ({ path: `/api/v1/admin/suppliers/${f.supplierX.supplierId}/verify-rfc` }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/suppliers/{supplierId}/certifications/{certificationId}/verify': {
    request: (f) => ({ path: `/api/v1/admin/suppliers/${f.supplierX.supplierId}/certifications/${f.supplierX.certificationId}/verify` }),
    expect: adminOnly(200),
  },

  'GET /api/v1/directory/listings': { request: () => ({ path: '/api/v1/directory/listings?q=manufacturas' }), expect: all(200) },
  'GET /api/v1/suppliers/search': { request: () => ({ path: '/api/v1/suppliers/search?q=aluminum%20die%20casting' }), expect: all(200) },
  // Buyers and admins; suppliers are refused (a supplier scouting competitors is not what matching is for).
  'POST /api/v1/matching/suppliers': {
    request: () => ({ path: '/api/v1/matching/suppliers', body: { text: 'CNC machining', limit: 5 } }),
    expect: { ...all(403), anonymous: 401, buyerAOwner: 200, buyerAMember: 200, buyerB: 200, admin: 200 } as Expected,
  },
  'POST /api/v1/suppliers/{supplierId}/claims': {
    // A fresh listing per call (one pending claim per organization and listing); it has no RFC, so one is recorded.
    request: async (f) => ({ path: `/api/v1/suppliers/${await f.newListing()}/claims`, body: { evidence: 'rfc', rfc: PROFILE.rfc } }),
    expect: suppliers(201),
  },
  'GET /api/v1/supplier-claims': { request: () => ({ path: '/api/v1/supplier-claims' }), expect: suppliers(200) },
  'POST /api/v1/supplier-claims/{claimId}/withdraw': {
    request: async (f) => ({ path: `/api/v1/supplier-claims/${await f.newSupplierXClaim()}/withdraw` }),
    expect: supplierXOwn(200),
  },
  'GET /api/v1/admin/suppliers/{supplierId}/claims': {
    request: async (f) => ({ path: `/api/v1/admin/suppliers/${await f.newListing()}/claims` }),
    expect: adminOnly(200),
  },

  // RFQ invitations and the supplier feed.
  'GET /api/v1/rfqs/{rfqId}/invitations': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.invitedRfq.rfqId}/invitations` }),
    expect: { ...all(403), anonymous: 401, buyerAOwner: 200, buyerAMember: 200, buyerB: 404, admin: 200 },
  },
  'GET /api/v1/invitations': { request: () => ({ path: '/api/v1/invitations' }), expect: suppliers(200) },
  'POST /api/v1/invitations/{invitationId}/decline': {
    request: (f) => ({ path: `/api/v1/invitations/${f.invitedRfq.supplierXInvitationId}/decline`, body: { reason: 'no_capacity' } }),
    expect: supplierXOwn(200),
    restore: async (f) => {
      await f.stack.db.query(
        `UPDATE rfq_invitations SET state = 'invited', decline_reason = NULL, declined_by = NULL, declined_at = NULL WHERE id = $1`,
        [f.invitedRfq.supplierXInvitationId],
      );
    },
  },
  'GET /api/v1/rfq-feed': { request: () => ({ path: '/api/v1/rfq-feed' }), expect: suppliers(200) },

  // RFQs: buyers write their own (another buyer's is 404); suppliers read only what is public and open or invited them.
  'POST /api/v1/rfqs': { request: () => ({ path: '/api/v1/rfqs', body: { title: 'Matrix draft' } }), expect: buyers(201) },
  'GET /api/v1/rfqs': { request: () => ({ path: '/api/v1/rfqs' }), expect: { ...buyers(200), admin: 200 } },
  'GET /api/v1/rfqs/{rfqId}': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}` }),
    expect: { ...buyerAOnly(200), supplierX: 200, supplierY: 404, admin: 200 },
  },
  'PATCH /api/v1/rfqs/{rfqId}': {
    request: async (f) => ({ path: `/api/v1/rfqs/${await f.newBuyerARfq('draft')}`, body: { title: 'Matrix edit' } }),
    expect: buyerAOnly(200),
  },
  'POST /api/v1/rfqs/{rfqId}/publish': { request: async (f) => ({ path: `/api/v1/rfqs/${await f.newBuyerARfq('draft')}/publish` }), expect: buyerAOnly(200) },
  'POST /api/v1/rfqs/{rfqId}/close': { request: async (f) => ({ path: `/api/v1/rfqs/${await f.newBuyerARfq('open')}/close` }), expect: buyerAOnly(200) },
  'POST /api/v1/rfqs/{rfqId}/nda': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/nda`, body: { version: 1 } }),
    expect: { ...suppliers(404), supplierX: 200 },
  },
  'POST /api/v1/rfqs/{rfqId}/attachments': {
    request: async (f) => ({ path: `/api/v1/rfqs/${await f.newBuyerARfq('draft')}/attachments?kind=drawing&name=matrix.pdf`, raw: PDF }),
    expect: buyerAOnly(201),
  },
  'GET /api/v1/rfqs/{rfqId}/attachments/{attachmentId}': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/attachments/${f.rfqForX.attachmentId}` }),
    expect: { ...buyerAOnly(200), supplierX: 200, supplierY: 404, admin: 200 },
  },
  'DELETE /api/v1/rfqs/{rfqId}/attachments/{attachmentId}': {
    request: async (f) => {
      const { rfqId, attachmentId } = await f.newBuyerAAttachment();
      return { path: `/api/v1/rfqs/${rfqId}/attachments/${attachmentId}` };
    },
    expect: buyerAOnly(204),
  },
  'POST /api/v1/rfqs/{rfqId}/questions': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/questions`, body: { body: 'Matrix question?' } }),
    expect: { ...suppliers(404), supplierX: 201 },
  },
  'GET /api/v1/rfqs/{rfqId}/questions': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/questions` }),
    expect: { ...buyerAOnly(200), supplierX: 200, supplierY: 404, admin: 200 },
  },
  'POST /api/v1/rfqs/{rfqId}/questions/{questionId}/answer': {
    request: async (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/questions/${await f.newSupplierXQuestion()}/answer`, body: { answer: 'Yes', public: false } }),
    expect: buyerAOnly(200),
  },
  'POST /api/v1/rfqs/{rfqId}/cancel': { request: async (f) => ({ path: `/api/v1/rfqs/${await f.newBuyerARfq('draft')}/cancel`, body: { reason: 'Matrix' } }), expect: buyerAOnly(200) },

  // Quotes: the quoting supplier writes and reads its own (another supplier 404, never a hint); the RFQ's
  // buyer reads them only once unsealed (rfqForX is open and sealed: 403 QUOTES_SEALED); admins read all.
  'PUT /api/v1/rfqs/{rfqId}/quote': {
    request: async (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/quote`, body: await f.quoteBodyOfX() }),
    expect: { ...suppliers(404), supplierX: 200 },
  },
  'GET /api/v1/rfqs/{rfqId}/quote': { request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/quote` }), expect: { ...suppliers(404), supplierX: 200 } },
  'POST /api/v1/rfqs/{rfqId}/quote/withdraw': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/quote/withdraw` }),
    expect: { ...suppliers(404), supplierX: 200 },
    restore: async (f) => {
      await f.stack.db.query(`UPDATE quotes SET state = 'active', withdrawn_at = NULL, withdrawn_by = NULL WHERE id = $1`, [f.quoteOfX.quoteId]);
    },
  },
  'POST /api/v1/rfqs/{rfqId}/quote/attachments': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/quote/attachments?name=matrix.pdf`, raw: PDF }),
    expect: { ...suppliers(404), supplierX: 201 },
  },
  'GET /api/v1/rfqs/{rfqId}/quotes': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/quotes` }),
    expect: { ...all(404), anonymous: 401, buyerAOwner: 200, buyerAMember: 200, admin: 200 },
  },
  'GET /api/v1/quotes/{quoteId}': {
    request: (f) => ({ path: `/api/v1/quotes/${f.quoteOfX.quoteId}` }),
    expect: { ...all(404), anonymous: 401, buyerAOwner: 403, buyerAMember: 403, supplierX: 200, admin: 200 },
  },
  'GET /api/v1/quotes/{quoteId}/attachments/{attachmentId}': {
    request: (f) => ({ path: `/api/v1/quotes/${f.quoteOfX.quoteId}/attachments/${f.quoteOfX.attachmentId}` }),
    expect: { ...all(404), anonymous: 401, buyerAOwner: 403, buyerAMember: 403, supplierX: 200, admin: 200 },
  },
  // The summary is read as the quote itself is (the same service): sealed for the buyer here.
  'GET /api/v1/quotes/{quoteId}/pdf': {
    request: (f) => ({ path: `/api/v1/quotes/${f.quoteOfX.quoteId}/pdf` }),
    expect: { ...all(404), anonymous: 401, buyerAOwner: 403, buyerAMember: 403, supplierX: 200, admin: 200 },
  },

  // The award: the RFQ's buyer awards its closed RFQ; the buyer, admins and each quoting supplier (its own) read it.
  'POST /api/v1/rfqs/{rfqId}/award': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.closedRfqOfX.rfqId}/award`, body: { quoteId: f.closedRfqOfX.quoteId, lineIds: [f.closedRfqOfX.lineId] } }),
    expect: buyerAOnly(200),
    restore: async (f) => {
      await f.stack.db.query('DELETE FROM rfq_awards WHERE rfq_id = $1', [f.closedRfqOfX.rfqId]);
      await f.stack.db.query(`UPDATE rfqs SET state = 'closed', awarded_at = NULL WHERE id = $1`, [f.closedRfqOfX.rfqId]);
    },
  },
  'GET /api/v1/rfqs/{rfqId}/awards': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.closedRfqOfX.rfqId}/awards` }),
    expect: { ...buyerAOnly(200), supplierX: 200, supplierY: 404, admin: 200 },
  },
  // The comparison is read as the quotes are: rfqForX is open and sealed, so its buyer gets 403
  // QUOTES_SEALED and admins a live comparison (a rate exists: its MXN quote needs one).
  'GET /api/v1/rfqs/{rfqId}/comparison': {
    request: async (f) => {
      await f.stack.db.query(`INSERT INTO fx_rates (rate_date, source, mxn_per_usd, entered_at) VALUES ('2000-01-03', 'banxico-fix', 9.4015, now()) ON CONFLICT DO NOTHING`);
      return { path: `/api/v1/rfqs/${f.rfqForX.rfqId}/comparison` };
    },
    expect: { ...all(404), anonymous: 401, buyerAOwner: 403, buyerAMember: 403, admin: 200 },
  },
  'POST /api/v1/rfqs/{rfqId}/comparison/refresh': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.rfqForX.rfqId}/comparison/refresh` }),
    expect: { ...buyers(404), buyerAOwner: 403, buyerAMember: 403 },
  },
  // Ratings: buyer A rates the award it made and changes its rating; supplier X replies to its own and
  // reads the RFQ's ratings (its own); supplier Y, never awarded there, gets 404 as a stranger does.
  'POST /api/v1/rfqs/{rfqId}/ratings': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.awardedRfqOfX.rfqId}/ratings`, body: { quoteId: f.awardedRfqOfX.quoteId, quality: 4, communication: 5, onTime: 3 } }),
    expect: buyerAOnly(201),
    restore: async (f) => {
      await f.stack.db.query('DELETE FROM supplier_ratings WHERE quote_id = $1', [f.awardedRfqOfX.quoteId]);
    },
  },
  'GET /api/v1/rfqs/{rfqId}/ratings': {
    request: (f) => ({ path: `/api/v1/rfqs/${f.ratedRfqOfX.rfqId}/ratings` }),
    expect: { ...buyerAOnly(200), supplierX: 200, supplierY: 404, admin: 200 },
  },
  'PATCH /api/v1/ratings/{ratingId}': { request: (f) => ({ path: `/api/v1/ratings/${f.ratedRfqOfX.ratingId}`, body: { quality: 2 } }), expect: buyerAOnly(200) },
  'POST /api/v1/ratings/{ratingId}/reply': {
    request: (f) => ({ path: `/api/v1/ratings/${f.ratedRfqOfX.ratingId}/reply`, body: { text: 'Gracias por la calificación.' } }),
    expect: { ...suppliers(404), supplierX: 200 },
    restore: async (f) => {
      await f.stack.db.query('UPDATE supplier_ratings SET reply = NULL, replied_by = NULL, replied_at = NULL WHERE id = $1', [f.ratedRfqOfX.ratingId]);
    },
  },
  'GET /api/v1/supplier-ratings': { request: () => ({ path: '/api/v1/supplier-ratings' }), expect: suppliers(200) },
  // Exchange rates: admins enter them; admins and buyers (whose comparisons use them) read them.
  'POST /api/v1/fx-rates': {
    request: () => ({ path: '/api/v1/fx-rates', body: { date: '2020-01-06', mxnPerUsd: '18.8642', source: 'manual' } }),
    expect: adminOnly(200),
  },
  'GET /api/v1/fx-rates': { request: () => ({ path: '/api/v1/fx-rates?from=2020-01-01&to=2020-01-31' }), expect: { ...buyers(200), admin: 200 } },
};

describe('authorization matrix', () => {
  let fixtures: Fixtures;
  let documented: string[];

  beforeAll(async () => {
    const stack = await PuenteStack.start({ SIGN_IN_MAX_FAILURES_PER_IP: '100000' });
    const { factory } = stack;
    const buyerA = await factory.organization({ name: 'Buyer A' });
    const buyerB = await factory.organization({ name: 'Buyer B' });
    const supplierX = await factory.organization({ kind: 'supplier', name: 'Supplier X', country: 'MX' });
    const supplierY = await factory.organization({ kind: 'supplier', name: 'Supplier Y', country: 'MX' });
    const platform = await factory.platformOrganization();
    const users = {
      buyerAOwner: await factory.user(buyerA.id, { role: 'owner' }),
      buyerAMember: await factory.user(buyerA.id, { role: 'member' }),
      buyerB: await factory.user(buyerB.id),
      supplierX: await factory.user(supplierX.id),
      supplierY: await factory.user(supplierY.id),
      admin: await factory.user(platform.id),
    };
    const tokens = Object.fromEntries(
      await Promise.all(Object.entries(users).map(async ([actor, user]) => [actor, (await stack.http.signIn(user.email, user.password)).accessToken])),
    ) as Fixtures['tokens'];
    fixtures = {
      stack,
      users,
      tokens,
      newBuyerAMember: () => factory.user(buyerA.id, { role: 'member' }),
      newBuyerAInvitation: async () => {
        const [row] = await stack.db.query(
          `INSERT INTO invitations (organization_id, email, role, invited_by, created_at, expires_at)
           VALUES ($1, $2, 'member', $3, now(), now() + interval '1 day') RETURNING id`,
          [buyerA.id, unique(), users.buyerAOwner.userId],
        );
        return { id: row.id, token: signTokenForTests(stack.env.SESSION_SECRET, 'invitation', row.id) };
      },
      freshSession: (actor) => stack.http.signIn(users[actor].email, users[actor].password),
      newBuyerAOwnerNotice: async () => {
        const [row] = await stack.db.query(
          `INSERT INTO notifications (event_id, user_id, type, params, created_at)
           VALUES ((random() * 1e12)::bigint, $1, 'team.role-changed', $2, now()) RETURNING id`,
          [users.buyerAOwner.userId, JSON.stringify({ organizationName: 'Buyer A', role: 'member', changedBy: 'Someone' })],
        );
        return row.id;
      },
      newReviewItem: async (state) => {
        const [row] = await stack.db.query(
          `INSERT INTO review_items (kind, subject_id, organization_id, state, decided_at, created_at, updated_at)
           VALUES ('supplier_profile', gen_random_uuid(), $1, $2, CASE WHEN $2 = 'open' THEN NULL ELSE now() END, now(), now()) RETURNING id`,
          [supplierX.id, state],
        );
        return row.id;
      },
      // Set below, once the supplier profiles exist.
    } as Fixtures;
    // Both suppliers have a complete profile; X's is published (as an approval would leave it).
    const asSupplier = async (actor: 'supplierX' | 'supplierY', method: string, path: string, body: unknown) => {
      const result = await stack.http.call(method, path, { token: tokens[actor], body });
      if (result.status >= 300) throw new Error(`${method} ${path} as ${actor}: ${result.status} ${JSON.stringify(result.body)}`);
      return result.body as { supplierId: string; draft: { plants: Array<{ id: string }>; certifications: Array<{ id: string }> } };
    };
    for (const actor of ['supplierX', 'supplierY'] as const) {
      await asSupplier(actor, 'PUT', '/api/v1/supplier-profile', PROFILE);
      await asSupplier(actor, 'POST', '/api/v1/supplier-profile/plants', PLANT);
    }
    const xProfile = await asSupplier('supplierX', 'POST', '/api/v1/supplier-profile/certifications', CERTIFICATION);
    const publishX = `UPDATE supplier_profiles SET state = 'published', published_at = now(),
                        published_data = draft_data || '{"plants": [], "certifications": []}'::jsonb
                      WHERE organization_id = $1`;
    await stack.db.query(publishX, [supplierX.id]);
    fixtures.supplierX = { supplierId: xProfile.supplierId, plantId: xProfile.draft.plants[0].id, certificationId: xProfile.draft.certifications[0].id };
    fixtures.newSupplierXPlant = async () => (await asSupplier('supplierX', 'POST', '/api/v1/supplier-profile/plants', PLANT)).draft.plants.at(-1)!.id;
    fixtures.newSupplierXCertification = async () =>
      (await asSupplier('supplierX', 'POST', '/api/v1/supplier-profile/certifications', CERTIFICATION)).draft.certifications.at(-1)!.id;
    fixtures.newSupplierXDocument = async () => {
      const result = await stack.http.call('POST', '/api/v1/supplier-profile/documents?kind=certificate&name=cert.pdf', { token: tokens.supplierX, raw: PDF });
      if (result.status !== 201) throw new Error(`upload as supplierX: ${result.status} ${JSON.stringify(result.body)}`);
      return result.body.id;
    };
    fixtures.newListing = async () => (await insertDirectoryListing(stack.db, { rfc: null })).supplierId;
    fixtures.newSupplierXClaim = async () => {
      const result = await stack.http.call('POST', `/api/v1/suppliers/${await fixtures.newListing()}/claims`, { token: tokens.supplierX, body: { evidence: 'rfc', rfc: PROFILE.rfc } });
      if (result.status !== 201) throw new Error(`claim as supplierX: ${result.status} ${JSON.stringify(result.body)}`);
      return result.body.id;
    };
    // Lists are tested with two tenants that both have data: X and Y each have a claim.
    await fixtures.newSupplierXClaim();
    await stack.http.call('POST', `/api/v1/suppliers/${await fixtures.newListing()}/claims`, { token: tokens.supplierY, body: { evidence: 'rfc', rfc: PROFILE.rfc } });
    fixtures.settleSuppliers = async () => {
      await stack.db.query(`UPDATE supplier_profiles SET state = 'published' WHERE organization_id = $1`, [supplierX.id]);
      await stack.db.query(`UPDATE supplier_profiles SET state = 'draft' WHERE organization_id = $1`, [supplierY.id]);
    };
    fixtures.invitedRfq = await invitedRfqOf(stack, buyerA.id, users.buyerAOwner.userId, [supplierX.id, supplierY.id]);
    fixtures.newBuyerARfq = async (state) => {
      const created = await stack.http.call('POST', '/api/v1/rfqs', { token: tokens.buyerAOwner, body: completeRfqBody() });
      if (created.status !== 201) throw new Error(`create RFQ as buyerAOwner: ${created.status} ${JSON.stringify(created.body)}`);
      if (state === 'open') {
        const published = await stack.http.call('POST', `/api/v1/rfqs/${created.body.id}/publish`, { token: tokens.buyerAOwner });
        if (published.status !== 200) throw new Error(`publish RFQ as buyerAOwner: ${published.status} ${JSON.stringify(published.body)}`);
      }
      return created.body.id;
    };
    fixtures.rfqForX = await rfqForSupplier(stack, tokens, fixtures.supplierX.supplierId);
    fixtures.newSupplierXQuestion = async () => {
      const asked = await stack.http.call('POST', `/api/v1/rfqs/${fixtures.rfqForX.rfqId}/questions`, { token: tokens.supplierX, body: { body: 'Tolerances?' } });
      if (asked.status !== 201) throw new Error(`ask as supplierX: ${asked.status} ${JSON.stringify(asked.body)}`);
      return asked.body.id;
    };
    fixtures.newBuyerAAttachment = async () => {
      const rfqId = await fixtures.newBuyerARfq('draft');
      const uploaded = await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/attachments?kind=drawing&name=matrix.pdf`, { token: tokens.buyerAOwner, raw: PDF });
      if (uploaded.status !== 201) throw new Error(`attach as buyerAOwner: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
      return { rfqId, attachmentId: uploaded.body.id };
    };
    await fixtures.newSupplierXQuestion();
    fixtures.quoteBodyOfX = async () => {
      const lines = await stack.db.query('SELECT id, quantities FROM rfq_lines WHERE rfq_id = $1 ORDER BY position', [fixtures.rfqForX.rfqId]);
      const [quote] = await stack.db.query('SELECT revision FROM quotes WHERE rfq_id = $1 AND supplier_organization_id = $2', [fixtures.rfqForX.rfqId, supplierX.id]);
      return quoteBody({ id: fixtures.rfqForX.rfqId, lines }, fixtures.supplierX.plantId, { revises: quote?.revision ?? 0 });
    };
    fixtures.quoteOfX = await quoteOfSupplierX(stack, tokens, fixtures);
    fixtures.closedRfqOfX = await closedRfqQuotedByX(stack, tokens, fixtures);
    fixtures.awardedRfqOfX = await awardedRfqOfX(stack, tokens, fixtures);
    const rated = await awardedRfqOfX(stack, tokens, fixtures);
    const rating = await stack.http.call('POST', `/api/v1/rfqs/${rated.rfqId}/ratings`, { token: tokens.buyerAOwner, body: { quoteId: rated.quoteId, quality: 5, communication: 5, onTime: 5 } });
    if (rating.status !== 201) throw new Error(`rate supplierX: ${rating.status} ${JSON.stringify(rating.body)}`);
    fixtures.ratedRfqOfX = { ...rated, ratingId: rating.body.id };
    // The RFQ list is tested with two buyers that both have RFQs.
    await stack.http.call('POST', '/api/v1/rfqs', { token: tokens.buyerB, body: { title: 'Buyer B draft' } });
    const openApi = (await stack.http.call('GET', '/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    documented = Object.entries(openApi.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    // Starting the stack and building every row's world (two tenants of each kind, RFQs, quotes, an award, a
    // rating) takes 15-25 s alone and went past the default 30 s when the two cores were shared.
  }, 120_000);
  afterAll(() => fixtures?.stack.stop());

  it('has a row for every operation in the OpenAPI document, and none for an operation that is gone', () => {
    expect(documented.filter((operation) => !MATRIX[operation])).toEqual([]);
    expect(Object.keys(MATRIX).filter((operation) => !documented.includes(operation))).toEqual([]);
  });

  it.each(Object.keys(MATRIX))('%s', async (operation) => {
    const row = MATRIX[operation];
    const [method] = operation.split(' ');
    const actual: Partial<Expected> = {};
    for (const actor of ACTORS) {
      const request = await row.request(fixtures, actor);
      const token = request.token ?? (actor === 'anonymous' ? undefined : fixtures.tokens[actor]);
      const body = request.raw ? undefined : (request.body ?? (method === 'GET' ? undefined : {}));
      const result = await fixtures.stack.http.call(method, request.path, { token, body, raw: request.raw });
      actual[actor] = result.status;
      if (row.restore) await row.restore(fixtures);
    }
    expect(actual).toEqual(row.expect);
  });

  it('lists only the caller organization’s claims, though both suppliers have some', async () => {
    for (const actor of ['supplierX', 'supplierY'] as const) {
      const result = await fixtures.stack.http.call('GET', '/api/v1/supplier-claims', { token: fixtures.tokens[actor] });
      const owners = (result.body.data as Array<{ organizationId: string }>).map((claim) => claim.organizationId);
      expect(owners.length).toBeGreaterThan(0);
      expect([...new Set(owners)]).toEqual([fixtures.users[actor].organizationId]);
    }
  });

  it('lists only the caller organization’s invitations, though both suppliers have some', async () => {
    for (const actor of ['supplierX', 'supplierY'] as const) {
      const result = await fixtures.stack.http.call('GET', '/api/v1/invitations', { token: fixtures.tokens[actor] });
      const owners = await fixtures.stack.db.query(
        'SELECT DISTINCT p.organization_id FROM rfq_invitations i JOIN supplier_profiles p ON p.id = i.supplier_id WHERE i.id = ANY($1::uuid[])',
        [(result.body.data as Array<{ id: string }>).map((invitation) => invitation.id)],
      );
      // X has a second invitation (rfqForX); each sees its own only.
      expect(result.body.data.length).toBeGreaterThan(0);
      expect(owners).toEqual([{ organization_id: fixtures.users[actor].organizationId }]);
    }
  });

  it('lists only the caller organization’s RFQs, though both buyers have some', async () => {
    for (const actor of ['buyerAOwner', 'buyerB'] as const) {
      const result = await fixtures.stack.http.call('GET', '/api/v1/rfqs?limit=100', { token: fixtures.tokens[actor] });
      const ids = (result.body.data as Array<{ id: string }>).map((rfq) => rfq.id);
      const owners = await fixtures.stack.db.query('SELECT DISTINCT buyer_organization_id FROM rfqs WHERE id = ANY($1::uuid[])', [ids]);
      expect(ids.length).toBeGreaterThan(0);
      expect(owners).toEqual([{ buyer_organization_id: fixtures.users[actor].organizationId }]);
    }
  });

  it('answers 401 to a forged or an expired token on every operation that needs one', async () => {
    const admin = fixtures.users.admin;
    const [{ family_id: sessionId }] = await fixtures.stack.db.query(
      `SELECT family_id FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1`,
      [admin.userId],
    );
    const secret = fixtures.stack.env.SESSION_SECRET;
    // The same token, unexpired, is accepted: only the expiry can make the expired one fail.
    expect((await fixtures.stack.http.call('GET', '/api/v1/me', { token: accessTokenForTests(secret, admin.userId, sessionId, +60) })).status).toBe(200);
    const badTokens = {
      forged: `${fixtures.tokens.admin.slice(0, -4)}AAAA`,
      expired: accessTokenForTests(secret, admin.userId, sessionId, -60),
    };
    const needingToken = Object.entries(MATRIX).filter(([, row]) => row.expect.anonymous === 401);
    for (const [kind, token] of Object.entries(badTokens)) {
      for (const [operation, row] of needingToken) {
        const [method] = operation.split(' ');
        const request = await row.request(fixtures, 'anonymous');
        const body = request.raw ? undefined : (request.body ?? (method === 'GET' ? undefined : {}));
        const result = await fixtures.stack.http.call(method, request.path, { token, body, raw: request.raw });
        expect([kind, operation, result.status]).toEqual([kind, operation, 401]);
      }
    }
  });
});

/** An open invite-only RFQ of buyer A needing an NDA, inviting supplier X alone; X has accepted the NDA. */
async function rfqForSupplier(stack: PuenteStack, tokens: Fixtures['tokens'], supplierXId: string): Promise<Fixtures['rfqForX']> {
  const body = completeRfqBody({ visibility: 'invite_only', invitedSupplierIds: [supplierXId], ndaRequired: true, ndaText: 'Keep the drawings confidential.' });
  const created = await stack.http.call('POST', '/api/v1/rfqs', { token: tokens.buyerAOwner, body });
  const drawing = await stack.http.call('POST', `/api/v1/rfqs/${created.body.id}/attachments?kind=drawing&name=bracket.pdf`, {
    token: tokens.buyerAOwner,
    raw: { bytes: Buffer.from('%PDF-1.7\n% matrix drawing\n'), contentType: 'application/pdf' },
  });
  if (drawing.status !== 201) throw new Error(`attach to the matrix RFQ: ${drawing.status} ${JSON.stringify(drawing.body)}`);
  const published = await stack.http.call('POST', `/api/v1/rfqs/${created.body.id}/publish`, { token: tokens.buyerAOwner });
  if (published.status !== 200) throw new Error(`publish the matrix RFQ: ${published.status} ${JSON.stringify(published.body)}`);
  const rfqId: string = created.body.id;
  // The fan-out invites the pick too; written here so the rows need not wait for the worker.
  await stack.db.query(
    `INSERT INTO rfq_invitations (rfq_id, supplier_id, supplier_organization_id, source, state, created_at)
     SELECT $1, p.id, p.organization_id, 'buyer', 'invited', now() FROM supplier_profiles p WHERE p.id = $2
     ON CONFLICT (rfq_id, supplier_id) DO NOTHING`,
    [rfqId, supplierXId],
  );
  const accepted = await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/nda`, { token: tokens.supplierX, body: { version: 1 } });
  if (accepted.status !== 200) throw new Error(`accept the NDA as supplierX: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { rfqId, attachmentId: drawing.body.id };
}

/** An open public RFQ of buyer A, written as publishing leaves it, with an invitation to each supplier organization's profile. */
async function invitedRfqOf(stack: PuenteStack, buyerId: string, createdBy: string, supplierOrganizationIds: string[]): Promise<Fixtures['invitedRfq']> {
  const [{ id: rfqId }] = await stack.db.query(
    `INSERT INTO rfqs (buyer_organization_id, created_by, state, version, title, quote_deadline, processes, published_at, created_at, updated_at)
     VALUES ($1, $2, 'open', 1, 'Matrix RFQ', now() + interval '30 days', '{proc.machining.cnc-machining}', now(), now(), now()) RETURNING id`,
    [buyerId, createdBy],
  );
  await stack.db.query(`INSERT INTO rfq_lines (rfq_id, position, part_name, processes, quantities, unit) VALUES ($1, 0, 'Part', '{proc.machining.cnc-machining}', '{100}', 'pcs')`, [rfqId]);
  const invitations: Array<{ id: string; supplier_organization_id: string }> = await stack.db.query(
    `INSERT INTO rfq_invitations (rfq_id, supplier_id, supplier_organization_id, source, state, created_at)
     SELECT $1, p.id, p.organization_id, 'buyer', 'invited', now() FROM supplier_profiles p WHERE p.organization_id = ANY($2::uuid[])
     RETURNING id, supplier_organization_id`,
    [rfqId, supplierOrganizationIds],
  );
  return { rfqId, supplierXInvitationId: invitations.find((row) => row.supplier_organization_id === supplierOrganizationIds[0])!.id };
}

/** Supplier X's quote on rfqForX with one quote document it carries. */
async function quoteOfSupplierX(stack: PuenteStack, tokens: Fixtures['tokens'], fixtures: Fixtures): Promise<Fixtures['quoteOfX']> {
  const rfqId = fixtures.rfqForX.rfqId;
  const uploaded = await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/quote/attachments?name=quote.pdf`, { token: tokens.supplierX, raw: PDF });
  if (uploaded.status !== 201) throw new Error(`quote document as supplierX: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  const body = { ...(await fixtures.quoteBodyOfX()), attachmentIds: [uploaded.body.id] };
  const quoted = await stack.http.call('PUT', `/api/v1/rfqs/${rfqId}/quote`, { token: tokens.supplierX, body });
  if (quoted.status !== 200) throw new Error(`quote as supplierX: ${quoted.status} ${JSON.stringify(quoted.body)}`);
  return { quoteId: quoted.body.id, attachmentId: uploaded.body.id };
}

/** A public RFQ of buyer A that supplier X quoted on, closed by the buyer: ready to award. */
async function closedRfqQuotedByX(stack: PuenteStack, tokens: Fixtures['tokens'], fixtures: Fixtures): Promise<Fixtures['closedRfqOfX']> {
  const rfqId = await fixtures.newBuyerARfq('open');
  const lines = await stack.db.query('SELECT id, quantities FROM rfq_lines WHERE rfq_id = $1 ORDER BY position', [rfqId]);
  const quoted = await stack.http.call('PUT', `/api/v1/rfqs/${rfqId}/quote`, { token: tokens.supplierX, body: quoteBody({ id: rfqId, lines }, fixtures.supplierX.plantId) });
  if (quoted.status !== 200) throw new Error(`quote the award RFQ as supplierX: ${quoted.status} ${JSON.stringify(quoted.body)}`);
  const closed = await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/close`, { token: tokens.buyerAOwner });
  if (closed.status !== 200) throw new Error(`close the award RFQ: ${closed.status} ${JSON.stringify(closed.body)}`);
  return { rfqId, quoteId: quoted.body.id, lineId: lines[0].id };
}

/** A closed RFQ of buyer A whose one line is awarded to supplier X's quote. */
async function awardedRfqOfX(stack: PuenteStack, tokens: Fixtures['tokens'], fixtures: Fixtures): Promise<Fixtures['awardedRfqOfX']> {
  const { rfqId, quoteId, lineId } = await closedRfqQuotedByX(stack, tokens, fixtures);
  const awarded = await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/award`, { token: tokens.buyerAOwner, body: { quoteId, lineIds: [lineId] } });
  if (awarded.status !== 200) throw new Error(`award to supplierX: ${awarded.status} ${JSON.stringify(awarded.body)}`);
  return { rfqId, quoteId };
}
