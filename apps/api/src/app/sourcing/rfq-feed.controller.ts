import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@puente/identity';
import { RfqFeedService } from '@puente/sourcing';
import { ForOrganizations } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/request-principal';
import { RfqFeedQueryDto } from './rfq-feed.dto';
import { RfqFeedResponse } from './rfq-feed.responses';

/** Open RFQs that fit the calling supplier. */
@ApiTags('rfqs')
@ApiBearerAuth()
@Controller('rfq-feed')
export class RfqFeedController {
  constructor(private readonly feed: RfqFeedService) {}

  @Get()
  @ForOrganizations('supplier')
  @ApiOkResponse({
    type: RfqFeedResponse,
    description: 'Open public RFQs and those that invited you, your live invitations first, then by fit to your profile, each with its explanation.',
  })
  list(@CurrentPrincipal() principal: Principal, @Query() query: RfqFeedQueryDto): Promise<RfqFeedResponse> {
    return this.feed.feed(principal, query);
  }
}
