import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { InvitationDeclineService, RfqInvitationsService, SupplierInvitationsService } from '@puente/sourcing';
import { ForOrganizations } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { DeclineInvitationDto, SupplierInvitationQueryDto } from './invitations.dto';
import { RfqInvitationListResponse, SupplierInvitationListResponse, SupplierInvitationResponse } from './invitations.responses';

/** Whom a buyer's RFQ invited (the buyer and admins). */
@ApiTags('rfqs')
@ApiBearerAuth()
@Controller('rfqs')
export class RfqInvitationsController {
  constructor(private readonly invitations: RfqInvitationsService) {}

  @Get(':rfqId/invitations')
  @ForOrganizations('buyer', 'platform')
  @ApiOkResponse({
    type: RfqInvitationListResponse,
    description: 'Invited suppliers with their match explanation, best rank first (buyer picks the matching did not rank last), and declines counted by reason. Another buyer’s RFQ: 404.',
  })
  list(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string): Promise<RfqInvitationListResponse> {
    return this.invitations.list(principal, rfqId);
  }
}

/** A supplier organization's invitations to quote. */
@ApiTags('invitations')
@ApiBearerAuth()
@Controller('invitations')
@ForOrganizations('supplier')
export class SupplierInvitationsController {
  constructor(
    private readonly invitations: SupplierInvitationsService,
    private readonly declines: InvitationDeclineService,
  ) {}

  @Get()
  @ApiOkResponse({ type: SupplierInvitationListResponse, description: 'Invitations to the supplier profile your organization owns, newest first.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: SupplierInvitationQueryDto): Promise<SupplierInvitationListResponse> {
    return this.invitations.list(principal, query);
  }

  @Post(':invitationId/decline')
  @HttpCode(200)
  @ApiOkResponse({
    type: SupplierInvitationResponse,
    description: 'Declines with a reason the buyer sees counted. Another organization’s invitation: 404; declined already: 409 INVITATION_INVALID_TRANSITION; the RFQ no longer open (by its deadline too): 409 RFQ_CLOSED.',
  })
  decline(
    @CurrentPrincipal() principal: Principal,
    @Param('invitationId', uuidParam('invitationId')) invitationId: string,
    @Body() body: DeclineInvitationDto,
    @Origin() origin: RequestOrigin,
  ): Promise<SupplierInvitationResponse> {
    return this.declines.decline(principal, invitationId, body, origin);
  }
}
