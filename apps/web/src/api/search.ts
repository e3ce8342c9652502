import {
  supplierSearchControllerFind,
  type ExplanationResponse,
  type QueryUnderstandingResponse,
  type SearchFacetsResponse,
  type SearchHitResponse,
  type SearchPageResponse,
  type SupplierSearchControllerFindData,
} from './api-client';

// The buyer search page's names for `GET /api/v1/suppliers/search` and its generated types.

/** A hit's transit to the buyer's ZIP through the best land port (the search context's TransitEstimate). */
export interface SearchTransit {
  zip: string;
  portCode: string;
  portName: string;
  roadKm: number;
  days: number;
  plantId: string;
}

// The API's search transit class shares its OpenAPI schema name with the catalog's TransitEstimateResponse, so
// the generated client types `transit` with the catalog's shape; the JSON carries the search one above. Until the
// API names its class apart, the page reads `transit` through this type (the only field it re-types).
type WithSearchTransit<T> = Omit<T, 'transit'> & { transit: SearchTransit | null };

export type SearchExplanation = WithSearchTransit<ExplanationResponse>;
export type SearchHit = WithSearchTransit<Omit<SearchHitResponse, 'explanation'>> & { explanation: SearchExplanation };
export type SearchFacetsView = SearchFacetsResponse;
export type SearchQueryUnderstanding = QueryUnderstandingResponse;
export type SearchPage = Omit<SearchPageResponse, 'items'> & { items: SearchHit[] };
export type SearchQuery = NonNullable<SupplierSearchControllerFindData['query']>;

export const searchSuppliers = async (query: SearchQuery) => {
  const result = await supplierSearchControllerFind({ query });
  return result as Omit<typeof result, 'data'> & { data?: SearchPage };
};
