import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { RfqAwardService, RfqAwardsReadsService } from '@puente/sourcing';
import { ForOrganizations } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { AwardRfqDto } from './awards.dto';
import { RfqAwardsResponse } from './awards.responses';

/** The award of an RFQ's lines: its buyer awards, per line, once the RFQ is closed; the parties read it. */
@ApiTags('awards')
@ApiBearerAuth()
@Controller('rfqs/:rfqId')
export class AwardsController {
  constructor(
    private readonly awards: RfqAwardService,
    private readonly reads: RfqAwardsReadsService,
  ) {}

  @Post('award')
  @HttpCode(200)
  @ForOrganizations('buyer')
  @ApiOkResponse({
    type: RfqAwardsResponse,
    description:
      'Awards lines of your closed RFQ to one quote (one call per quote to split lines). The RFQ becomes awarded when every line is awarded or closed unawarded (`closeRemainingLines`); the winner, the suppliers not selected and your organization are notified. 409 RFQ_INVALID_TRANSITION unless closed (`award_from_open`); 409 LINE_ALREADY_AWARDED naming `lineIds.<i>`; 400 VALIDATION_FAILED for a withdrawn quote or a line it does not price (`lineIds.<i>`); 404 for a quote not on this RFQ or another organization’s RFQ.',
  })
  award(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Body() body: AwardRfqDto,
    @Origin() origin: RequestOrigin,
  ): Promise<RfqAwardsResponse> {
    return this.awards.award(principal, rfqId, body, origin);
  }

  @Get('awards')
  @ApiOkResponse({ type: RfqAwardsResponse, description: 'The RFQ’s buyer and admins: every award; a supplier organization that quoted: its own awards. Anyone else 404.' })
  list(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string): Promise<RfqAwardsResponse> {
    return this.reads.forRfq(principal, rfqId);
  }
}
