import {
  directoryControllerListings,
  listingClaimsControllerCreate,
  supplierClaimsControllerList,
  supplierClaimsControllerWithdraw,
  type ClaimResponse,
  type CreateClaimDto,
  type DirectoryControllerListingsData,
  type DirectoryListingItemResponse,
  type FactOriginsResponse,
  type ListingResponse,
  type ListingSourceResponse,
} from './api-client';

// The directory and claim screens' names for the generated calls and types, and short call helpers.

export type ListingView = ListingResponse;
export type ListingSourceView = ListingSourceResponse;
export type FactName = keyof FactOriginsResponse;
export type DirectoryItem = DirectoryListingItemResponse;
export type DirectoryQuery = DirectoryControllerListingsData['query'];
export type ClaimBody = CreateClaimDto;
export type ClaimView = ClaimResponse;

export const directoryListings = (query: DirectoryQuery) => directoryControllerListings({ query });
export const createClaim = (supplierId: string, body: ClaimBody) => listingClaimsControllerCreate({ path: { supplierId }, body });
export const listClaims = () => supplierClaimsControllerList();
export const withdrawClaim = (claimId: string) => supplierClaimsControllerWithdraw({ path: { claimId } });
