import {
  supplierSearchControllerFind,
  type ExplanationResponse,
  type QueryUnderstandingResponse,
  type SearchFacetsResponse,
  type SearchHitResponse,
  type SearchPageResponse,
  type SearchTransitResponse,
  type SupplierSearchControllerFindData,
} from './api-client';

// The buyer search page's names for `GET /api/v1/suppliers/search` and its generated types.

/** A hit's transit to the buyer's ZIP through the best land port (the search context's TransitEstimate). */
export type SearchTransit = SearchTransitResponse;
export type SearchExplanation = ExplanationResponse;
export type SearchHit = SearchHitResponse;
export type SearchFacetsView = SearchFacetsResponse;
export type SearchQueryUnderstanding = QueryUnderstandingResponse;
export type SearchPage = SearchPageResponse;
export type SearchQuery = NonNullable<SupplierSearchControllerFindData['query']>;

export const searchSuppliers = (query: SearchQuery) => supplierSearchControllerFind({ query });
