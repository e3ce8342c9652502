import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuditQueryService, SuspensionService, type Principal, type RequestOrigin } from '@puente/identity';
import { uuidParam } from '@puente/platform';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsNumberString, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { AdminOnly } from '../auth/access.decorators';
import { CurrentPrincipal, Origin } from '../auth/request-principal';
import { AuditEventPageResponse } from './admin.responses';

class SuspendDto {
  @ApiPropertyOptional({ description: 'Kept in the audit log.' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

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
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @ApiPropertyOptional({ description: 'nextBefore of the previous page' })
  @IsOptional()
  @IsNumberString()
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
