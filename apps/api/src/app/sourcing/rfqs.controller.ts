import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { RfqLifecycleService, RfqNdaService, RfqService } from '@puente/sourcing';
import { ForOrganizations, RequireVerifiedEmail } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { AcceptNdaDto, CancelRfqDto, CreateRfqDto, RfqListQueryDto, UpdateRfqDto } from './rfqs.dto';
import { RfqListResponse, RfqResponse } from './rfqs.responses';

const TRANSITION = '409 RFQ_INVALID_TRANSITION with issue `<action>_from_<state>`.';

/** A buyer's requests for quote; the read route also serves admins and the suppliers that may see it. */
@ApiTags('rfqs')
@ApiBearerAuth()
@Controller('rfqs')
export class RfqsController {
  constructor(
    private readonly rfqs: RfqService,
    private readonly lifecycle: RfqLifecycleService,
    private readonly nda: RfqNdaService,
  ) {}

  @Post()
  @ForOrganizations('buyer')
  @ApiCreatedResponse({ type: RfqResponse, description: 'A draft. 400 VALIDATION_FAILED naming each field at fault (unknown vocabulary codes, HS code, ZIP, dates, prices, quantity breaks, suppliers).' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateRfqDto, @Origin() origin: RequestOrigin): Promise<RfqResponse> {
    return this.rfqs.create(principal, body, origin);
  }

  @Get()
  @ForOrganizations('buyer', 'platform')
  @ApiOkResponse({ type: RfqListResponse, description: 'Your organization’s RFQs (admins: everyone’s), newest first.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: RfqListQueryDto): Promise<RfqListResponse> {
    return this.rfqs.list(principal, query);
  }

  @Get(':rfqId')
  @ApiOkResponse({
    type: RfqResponse,
    description: 'The buyer’s own, any for admins, and for a supplier one that is public and open or that invited it (gated until its NDA is accepted). Anything else 404.',
  })
  get(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string): Promise<RfqResponse> {
    return this.rfqs.get(principal, rfqId);
  }

  @Patch(':rfqId')
  @ForOrganizations('buyer')
  @ApiOkResponse({
    type: RfqResponse,
    description: `A draft is edited in place; an open RFQ is amended (a new version, invited suppliers notified; EMAIL_NOT_VERIFIED until verified). 409 RFQ_CLOSED past the deadline; ${TRANSITION} 400 RFQ_INCOMPLETE when an amendment leaves it incomplete.`,
  })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Body() body: UpdateRfqDto,
    @Origin() origin: RequestOrigin,
  ): Promise<RfqResponse> {
    return this.rfqs.update(principal, rfqId, body, origin);
  }

  @Post(':rfqId/publish')
  @HttpCode(200)
  @ForOrganizations('buyer')
  @RequireVerifiedEmail()
  @ApiOkResponse({ type: RfqResponse, description: `draft -> open, version 1; suppliers are matched and invited by the worker. 400 RFQ_INCOMPLETE naming each missing field; ${TRANSITION}` })
  publish(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string, @Origin() origin: RequestOrigin): Promise<RfqResponse> {
    return this.rfqs.publish(principal, rfqId, origin);
  }

  @Post(':rfqId/close')
  @HttpCode(200)
  @ForOrganizations('buyer')
  @ApiOkResponse({ type: RfqResponse, description: `open -> closed (reason buyer; deadline when it has passed). ${TRANSITION}` })
  close(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string, @Origin() origin: RequestOrigin): Promise<RfqResponse> {
    return this.lifecycle.close(principal, rfqId, origin);
  }

  @Post(':rfqId/cancel')
  @HttpCode(200)
  @ForOrganizations('buyer')
  @ApiOkResponse({ type: RfqResponse, description: `draft, open or closed -> cancelled; invited suppliers are notified. ${TRANSITION}` })
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Body() body: CancelRfqDto,
    @Origin() origin: RequestOrigin,
  ): Promise<RfqResponse> {
    return this.lifecycle.cancel(principal, rfqId, body.reason, origin);
  }

  @Post(':rfqId/nda')
  @HttpCode(200)
  @ForOrganizations('supplier')
  @ApiOkResponse({
    type: RfqResponse,
    description: 'Your organization accepts the RFQ’s NDA (audited; again is a no-op) and reads it ungated. 409 RFQ_NDA_VERSION_STALE when the NDA changed since you read it; 404 when you may not read the RFQ.',
  })
  acceptNda(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Body() body: AcceptNdaDto,
    @Origin() origin: RequestOrigin,
  ): Promise<RfqResponse> {
    return this.nda.accept(principal, rfqId, body.version, origin);
  }
}
