import { client } from './generated/client.gen';

// The buyer search page's names for `GET /api/v1/suppliers/search` (the shared contract of issue 14).
// PROVISIONAL: replaced by the generated types once the route is in the OpenAPI document.

export type Bilingual = { en: string; es: string };

export interface SearchQueryUnderstanding {
  text: string;
  language: 'en' | 'es' | 'unknown';
  concepts: Array<{ code: string; kind: 'process' | 'material' | 'industry'; matched: string; name: Bilingual }>;
  scian: Array<{ code: string; title: string; naics: { code: string; title: string }; matched: string }>;
  certifications: Array<{ code: string; matched: string; name: Bilingual }>;
  quantity: { value: number; unit: string | null; matched: string } | null;
  place: { name: string; stateCode: string; lat: number; lon: number; matched: string } | null;
  freeText: string;
}

export interface SearchTransit {
  zip: string;
  portCode: string;
  portName: string;
  roadKm: number;
  days: number;
  plantId: string;
}

export interface SearchScoreComponent {
  name: string;
  weight: number;
  value: number;
  contribution: number;
  note: Bilingual;
}

export interface SearchExplanation {
  matchedConcepts: Array<{ code: string; name: Bilingual; matchedBy: string }>;
  missingConcepts: Array<{ code: string; name: Bilingual }>;
  industryCode: { code: string; title: string; naics: { code: string; title: string } | null } | null;
  certifications: Array<{ code: string; name: Bilingual; status: 'valid' | 'expired' | 'declared' | 'missing'; validUntil: string | null }>;
  transit: SearchTransit | null;
  nearKm: number | null;
  components: SearchScoreComponent[];
}

export interface SearchHit {
  id: string;
  legalName: string | null;
  tradeName: string | null;
  claimed: boolean;
  verificationLevel: 'unverified' | 'email_verified' | 'documents_verified' | 'site_audited';
  sources: Array<{ registry: string; id: string }>;
  location: { state: string; stateCode: string; municipality: string | null; lat: number; lon: number };
  transit: SearchTransit | null;
  score: number;
  explanation: SearchExplanation;
}

export interface SearchFacetsView {
  states: Array<{ code: string; count: number }>;
  processes: Array<{ code: string; count: number }>;
  certifications: Array<{ code: string; count: number }>;
  verificationLevels: Array<{ level: string; count: number }>;
  exact: boolean;
}

export interface SearchPage {
  items: SearchHit[];
  facets: SearchFacetsView;
  nextCursor: string | null;
  total: number;
  totalExact: boolean;
  query: SearchQueryUnderstanding;
}

export type SearchQuery = {
  q?: string;
  processes?: string;
  materials?: string;
  certifications?: string;
  states?: string;
  verified?: boolean;
  zip?: string;
  maxTransitDays?: number;
  sort?: 'relevance' | 'transit';
  limit?: number;
  cursor?: string;
};

export const searchSuppliers = (query: SearchQuery) => client.get<{ 200: SearchPage }, unknown, false>({ url: '/api/v1/suppliers/search', query });
