import { client } from './generated/client.gen';

// Provisional: the shapes of the contract for claims and the directory, until the `claims` branch's
// regenerated client lands; then these become re-exports of the generated calls and types.

export interface ListingSourceView {
  registry: string;
  id: string;
  removed: boolean;
  merge: { withRegistry: string; withSourceId: string; nameSimilarity: number; distanceMeters: number } | null;
}
export type FactName = 'legalName' | 'tradeName' | 'rfc' | 'website' | 'yearFounded' | 'employeeBand' | 'description' | 'processes' | 'materials' | 'industries' | 'plants';
export interface ListingView {
  claimed: boolean;
  sources: ListingSourceView[];
  factOrigins: Record<FactName, 'registry' | 'owner'>;
  scian: { code: string; title: string } | null;
  activityText: string | null;
  declaredCertifications: string[];
}
export interface DirectoryItem {
  supplierId: string;
  name: string;
  legalName: string | null;
  tradeName: string | null;
  municipality: string | null;
  state: string;
  scian: { code: string; title: string } | null;
  claimed: boolean;
  sources: Array<{ registry: string; id: string }>;
  matchedOn: 'name' | 'rfc' | 'municipality';
}
export interface DirectoryPage {
  items: DirectoryItem[];
  nextCursor: string | null;
}
export interface DirectoryQuery {
  q: string;
  state?: string;
  claimed?: 'true' | 'false';
  cursor?: string;
  limit?: number;
}
export interface ClaimBody {
  evidence: 'email_domain' | 'rfc' | 'document';
  rfc?: string;
  documentId?: string;
  note?: string;
}
export interface ClaimView {
  id: string;
  supplierId: string;
  listingName: string;
  organizationId: string;
  organizationName: string;
  state: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  evidence: { kind: ClaimBody['evidence']; emailDomain?: string; websiteDomain?: string; rfc?: string; documentId?: string; documentName?: string };
  note: string | null;
  decision: { reasonCode: string | null; reasonText: { en: string; es: string } | null; note: string | null; decidedAt: string } | null;
  createdAt: string;
}

export const directoryListings = (query: DirectoryQuery) => client.get<{ 200: DirectoryPage }>({ url: '/api/v1/directory/listings', query: { ...query } });
export const createClaim = (supplierId: string, body: ClaimBody) =>
  client.post<{ 201: ClaimView }>({ url: `/api/v1/suppliers/${encodeURIComponent(supplierId)}/claims`, body, headers: { 'content-type': 'application/json' } });
export const listClaims = () => client.get<{ 200: { data: ClaimView[] } }>({ url: '/api/v1/supplier-claims' });
export const withdrawClaim = (claimId: string) => client.post<{ 200: ClaimView }>({ url: `/api/v1/supplier-claims/${encodeURIComponent(claimId)}/withdraw` });
