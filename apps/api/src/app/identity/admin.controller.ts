import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuditQueryService, SuspensionService, type Principal, type RequestOrigin } from '@puente/identity';
import { OptionalField, uuidParam } from '@puente/platform';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxDate, Min, MinDate } from 'class-validator';
import { AdminOnly } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { AuditEventPageResponse } from './admin.responses';

class SuspendDto {
  @ApiPropertyOptional({ description: 'Kept in the audit log.' })
  @OptionalField()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

// Dates PostgreSQL's timestamptz and JavaScript both hold; "+275760-09-13" parses but overflows the column.
const EARLIEST = new Date('1970-01-01T00:00:00.000Z');
const LATEST = new Date('9999-12-31T23:59:59.999Z');

class AuditQueryDto {
  @ApiPropertyOptional({ example: 'auth.signed_in' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(EARLIEST, { message: 'from must be in the years 1970 to 9999' })
  @MaxDate(LATEST, { message: 'from must be in the years 1970 to 9999' })
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(EARLIEST, { message: 'to must be in the years 1970 to 9999' })
  @MaxDate(LATEST, { message: 'to must be in the years 1970 to 9999' })
  to?: Date;

  // 18 digits always fit PostgreSQL's bigint, so no cursor can overflow the query.
  @ApiPropertyOptional({ description: 'nextBefore of the previous page', pattern: '^[0-9]{1,18}$' })
  @IsOptional()
  @Matches(/^[0-9]{1,18}$/, { message: 'before must be a whole number of 1 to 18 digits' })
  before?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('admin')
export class AdminController {
  constructor(
    private readonly suspensions: SuspensionService,
    private readonly auditEvents: AuditQueryService,
  ) {}

  @Post('users/:userId/suspend')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revokes the user’s sessions; the next request of any of their access tokens is refused.' })
  suspendUser(@CurrentPrincipal() admin: Principal, @Param('userId', uuidParam('userId')) userId: string, @Body() body: SuspendDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.suspensions.setUserSuspended(admin, userId, true, body.reason, origin);
  }

  @Post('users/:userId/unsuspend')
  @HttpCode(204)
  @ApiNoContentResponse()
  unsuspendUser(@CurrentPrincipal() admin: Principal, @Param('userId', uuidParam('userId')) userId: string, @Body() body: SuspendDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.suspensions.setUserSuspended(admin, userId, false, body.reason, origin);
  }

  @Post('organizations/:organizationId/suspend')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Suspends every member of the organization.' })
  suspendOrganization(
    @CurrentPrincipal() admin: Principal,
    @Param('organizationId', uuidParam('organizationId')) organizationId: string,
    @Body() body: SuspendDto,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.suspensions.setOrganizationSuspended(admin, organizationId, true, body.reason, origin);
  }

  @Post('organizations/:organizationId/unsuspend')
  @HttpCode(204)
  @ApiNoContentResponse()
  unsuspendOrganization(
    @CurrentPrincipal() admin: Principal,
    @Param('organizationId', uuidParam('organizationId')) organizationId: string,
    @Body() body: SuspendDto,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.suspensions.setOrganizationSuspended(admin, organizationId, false, body.reason, origin);
  }

  @Get('audit-events')
  @ApiOkResponse({ type: AuditEventPageResponse, description: 'Newest first, filtered; page on with ?before=<nextBefore>.' })
  auditLog(@Query() query: AuditQueryDto): Promise<AuditEventPageResponse> {
    return this.auditEvents.list({ ...query, limit: query.limit ?? 50 });
  }
}
