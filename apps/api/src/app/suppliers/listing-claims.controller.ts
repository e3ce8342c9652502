import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { ListingClaimService } from '@puente/suppliers';
import { AdminOnly, ForOrganizations, ForRoles, RequireVerifiedEmail } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { CreateClaimDto } from './listing-claims.dto';
import { ClaimListResponse, ClaimResponse } from './listing-claims.responses';

/** A supplier organization's owner claims a directory listing ("This is my company"). */
@ApiTags('directory')
@ApiBearerAuth()
@ForOrganizations('supplier')
@Controller('suppliers/:supplierId/claims')
export class ListingClaimsController {
  constructor(private readonly claims: ListingClaimService) {}

  @Post()
  @ForRoles('owner')
  @RequireVerifiedEmail()
  @ApiCreatedResponse({
    type: ClaimResponse,
    description:
      'Opens a listing_claim review item. 404 when the id is no published directory listing; 409 LISTING_ALREADY_CLAIMED, 409 CLAIM_ALREADY_PENDING; 400 CLAIM_EVIDENCE_MISMATCH naming `evidence` (email_domain_mismatch, listing_has_no_website) or `rfc` (rfc_mismatch); 404 naming documentId for a document not of your organization.',
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('supplierId', uuidParam('supplierId')) supplierId: string,
    @Body() body: CreateClaimDto,
    @Origin() origin: RequestOrigin,
  ): Promise<ClaimResponse> {
    return this.claims.request(principal, supplierId, body, origin);
  }
}

/** The caller organization's own claims. */
@ApiTags('directory')
@ApiBearerAuth()
@ForOrganizations('supplier')
@Controller('supplier-claims')
export class SupplierClaimsController {
  constructor(private readonly claims: ListingClaimService) {}

  @Get()
  @ApiOkResponse({ type: ClaimListResponse, description: 'Your organization’s claims, newest first.' })
  async list(@CurrentPrincipal() principal: Principal): Promise<ClaimListResponse> {
    return { data: await this.claims.listOwn(principal) };
  }

  @Post(':claimId/withdraw')
  @HttpCode(200)
  @ForRoles('owner')
  @ApiOkResponse({ type: ClaimResponse, description: 'pending -> withdrawn (its review item is removed); any other state is 409 CLAIM_INVALID_TRANSITION.' })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('claimId', uuidParam('claimId')) claimId: string, @Origin() origin: RequestOrigin): Promise<ClaimResponse> {
    return this.claims.withdraw(principal, claimId, origin);
  }
}

/** Platform admins: every claim on a listing (decisions go through the review queue). */
@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('admin/suppliers/:supplierId/claims')
export class AdminListingClaimsController {
  constructor(private readonly claims: ListingClaimService) {}

  @Get()
  @ApiOkResponse({ type: ClaimListResponse, description: 'Every claim on the listing, newest first; 404 when the id is no directory listing.' })
  async list(@Param('supplierId', uuidParam('supplierId')) supplierId: string): Promise<ClaimListResponse> {
    return { data: await this.claims.listForListing(supplierId) };
  }
}
