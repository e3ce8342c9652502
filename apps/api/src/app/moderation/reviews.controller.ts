import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestOrigin } from '@puente/identity';
import {
  REVIEW_CURSOR_PATTERN,
  REVIEW_NOTE_MAX_LENGTH,
  REVIEW_REASON_CODES,
  REVIEW_STATES,
  ReviewQueue,
  reviewReasons,
  type ReviewDecisionState,
  type ReviewKind,
  type ReviewState,
} from '@puente/moderation';
import { OptionalField, uuidParam } from '@puente/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AdminOnly } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { REVIEW_KINDS, ReviewItemDetailResponse, ReviewItemPageResponse, ReviewItemResponse, ReviewReasonListResponse } from './reviews.responses';

const ASSIGNEE_PATTERN = /^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

class ReviewListQuery {
  @ApiPropertyOptional({ enum: REVIEW_KINDS })
  @IsOptional()
  @IsIn(REVIEW_KINDS)
  kind?: ReviewKind;

  @ApiPropertyOptional({ enum: REVIEW_STATES })
  @IsOptional()
  @IsIn(REVIEW_STATES)
  state?: ReviewState;

  @ApiPropertyOptional({ description: '`me`, `none` (unassigned) or an admin’s user id', pattern: ASSIGNEE_PATTERN.source })
  @IsOptional()
  @Matches(ASSIGNEE_PATTERN, { message: 'assignee must be me, none or a user id' })
  assignee?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', pattern: REVIEW_CURSOR_PATTERN.source })
  @IsOptional()
  @Matches(REVIEW_CURSOR_PATTERN, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

class ApproveDto {
  @ApiPropertyOptional({ maxLength: REVIEW_NOTE_MAX_LENGTH, description: 'Shown to the supplier' })
  @OptionalField()
  @IsString()
  @MaxLength(REVIEW_NOTE_MAX_LENGTH)
  note?: string;
}

class ReasonedDecisionDto {
  @ApiProperty({ enum: REVIEW_REASON_CODES, description: 'From GET /admin/reviews/reasons' })
  @IsIn(REVIEW_REASON_CODES, { message: 'reasonCode must be one of the review reasons' })
  reasonCode!: string;

  @ApiPropertyOptional({ maxLength: REVIEW_NOTE_MAX_LENGTH, description: 'Shown to the supplier' })
  @OptionalField()
  @IsString()
  @MaxLength(REVIEW_NOTE_MAX_LENGTH)
  note?: string;
}

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('admin/reviews')
export class ReviewsController {
  constructor(private readonly queue: ReviewQueue) {}

  @Get()
  @ApiOkResponse({ type: ReviewItemPageResponse, description: 'Oldest first, filtered; page on with ?cursor=<nextCursor>.' })
  list(@Query() query: ReviewListQuery, @CurrentPrincipal() admin: Principal): Promise<ReviewItemPageResponse> {
    return this.queue.list({ ...query, limit: query.limit ?? 50 }, admin);
  }

  // Before ':id', which would otherwise refuse "reasons" as a malformed id.
  @Get('reasons')
  @ApiOkResponse({ type: ReviewReasonListResponse, description: 'The reasons a reviewer may give, in English and Spanish.' })
  reasons(): ReviewReasonListResponse {
    return { data: reviewReasons() };
  }

  @Get(':id')
  @ApiOkResponse({ type: ReviewItemDetailResponse, description: 'The item, and while open its subject published beside proposed.' })
  get(@Param('id', uuidParam('id')) id: string): Promise<ReviewItemDetailResponse> {
    return this.queue.get(id);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewItemResponse, description: 'Assigns the open item to the caller.' })
  assign(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() admin: Principal, @Origin() origin: RequestOrigin): Promise<ReviewItemResponse> {
    return this.queue.assignToMe(id, { ...admin, ip: origin.ip });
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewItemResponse, description: 'Publishes the subject; 409 REVIEW_ALREADY_DECIDED if decided before.' })
  approve(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ApproveDto,
    @CurrentPrincipal() admin: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ReviewItemResponse> {
    return this.queue.decide(id, { ...admin, ip: origin.ip }, { state: 'approved', note: body.note ?? null });
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewItemResponse, description: 'Rejects the subject with a reason the supplier reads in its language.' })
  reject(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReasonedDecisionDto,
    @CurrentPrincipal() admin: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ReviewItemResponse> {
    return this.decideWithReason(id, 'rejected', body, admin, origin);
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewItemResponse, description: 'Sends the subject back to the supplier with a reason; it can resubmit.' })
  requestChanges(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReasonedDecisionDto,
    @CurrentPrincipal() admin: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<ReviewItemResponse> {
    return this.decideWithReason(id, 'changes_requested', body, admin, origin);
  }

  private decideWithReason(id: string, state: ReviewDecisionState, body: ReasonedDecisionDto, admin: Principal, origin: RequestOrigin): Promise<ReviewItemResponse> {
    return this.queue.decide(id, { ...admin, ip: origin.ip }, { state, reasonCode: body.reasonCode, note: body.note ?? null });
  }
}
