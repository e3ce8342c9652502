import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { RatingReadsService, RatingReplyService, SupplierRatingService } from '@puente/sourcing';
import { ForOrganizations } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { EditRatingDto, RateSupplierDto, ReceivedRatingQueryDto, ReplyToRatingDto } from './ratings.dto';
import { ReceivedRatingPageResponse, RfqRatingsResponse, SupplierRatingResponse } from './ratings.responses';

/** Ratings after an award: the buyer rates each awarded quote once and may change it for 30 days; the supplier replies once. */
@ApiTags('ratings')
@ApiBearerAuth()
@Controller()
export class RatingsController {
  constructor(
    private readonly ratings: SupplierRatingService,
    private readonly replies: RatingReplyService,
    private readonly reads: RatingReadsService,
  ) {}

  @Post('rfqs/:rfqId/ratings')
  @ForOrganizations('buyer')
  @ApiCreatedResponse({
    type: SupplierRatingResponse,
    description:
      'Rates an awarded quote of your RFQ (quality, communication, on time 1-5, optional comment); the supplier organization is notified. 409 QUOTE_NOT_AWARDED when the quote won no line of this RFQ; 409 RATING_ALREADY_GIVEN for a second rating of it (also under a race); 404 for another organization’s RFQ.',
  })
  rate(
    @CurrentPrincipal() principal: Principal,
    @Param('rfqId', uuidParam('rfqId')) rfqId: string,
    @Body() body: RateSupplierDto,
    @Origin() origin: RequestOrigin,
  ): Promise<SupplierRatingResponse> {
    return this.ratings.rate(principal, rfqId, body, origin);
  }

  @Get('rfqs/:rfqId/ratings')
  @ApiOkResponse({ type: RfqRatingsResponse, description: 'The RFQ’s buyer and admins: every rating; an awarded supplier organization: its own. Anyone else 404.' })
  forRfq(@CurrentPrincipal() principal: Principal, @Param('rfqId', uuidParam('rfqId')) rfqId: string): Promise<RfqRatingsResponse> {
    return this.reads.forRfq(principal, rfqId);
  }

  @Patch('ratings/:ratingId')
  @ForOrganizations('buyer')
  @ApiOkResponse({
    type: SupplierRatingResponse,
    description: 'Changes your organization’s rating (any field given) until its editableUntil: after it 409 RATING_EDIT_WINDOW_CLOSED. Another organization’s rating: 404.',
  })
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param('ratingId', uuidParam('ratingId')) ratingId: string,
    @Body() body: EditRatingDto,
    @Origin() origin: RequestOrigin,
  ): Promise<SupplierRatingResponse> {
    return this.ratings.edit(principal, ratingId, body, origin);
  }

  @Post('ratings/:ratingId/reply')
  @HttpCode(200)
  @ForOrganizations('supplier')
  @ApiOkResponse({
    type: SupplierRatingResponse,
    description: 'Your organization’s one public reply to a rating it received; the buyer organization is notified. 409 RATING_ALREADY_REPLIED for a second one (also under a race). Another organization’s rating: 404.',
  })
  reply(
    @CurrentPrincipal() principal: Principal,
    @Param('ratingId', uuidParam('ratingId')) ratingId: string,
    @Body() body: ReplyToRatingDto,
    @Origin() origin: RequestOrigin,
  ): Promise<SupplierRatingResponse> {
    return this.replies.reply(principal, ratingId, body, origin);
  }

  @Get('supplier-ratings')
  @ForOrganizations('supplier')
  @ApiOkResponse({ type: ReceivedRatingPageResponse, description: 'The ratings your supplier organization received, newest first.' })
  received(@CurrentPrincipal() principal: Principal, @Query() query: ReceivedRatingQueryDto): Promise<ReceivedRatingPageResponse> {
    return this.reads.received(principal, query);
  }
}
