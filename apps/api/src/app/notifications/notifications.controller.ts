import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@puente/identity';
import { NotificationInboxService, NotificationPreferencesService, type DeliveryPreference } from '@puente/notifications';
import { uuidParam } from '@puente/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CurrentPrincipal } from '../auth/request-principal';
import { MarkedReadResponse, NotificationPageResponse, NotificationPreferenceListResponse, UnreadCountResponse } from './notifications.responses';

class ListNotificationsQuery {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

class SetPreferenceDto {
  @ApiProperty({ enum: ['in_app', 'email', 'digest'] })
  @IsIn(['in_app', 'email', 'digest'])
  delivery!: DeliveryPreference;
}

/** The caller's own notices and preferences; nobody else's are ever reachable here. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly inbox: NotificationInboxService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageResponse, description: 'Unread first, then newest; in the caller’s language and time zone.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListNotificationsQuery): Promise<NotificationPageResponse> {
    return this.inbox.list(principal, query.limit ?? 20, query.cursor);
  }

  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountResponse })
  async unreadCount(@CurrentPrincipal() principal: Principal): Promise<UnreadCountResponse> {
    return { unread: await this.inbox.unreadCount(principal.userId) };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkedReadResponse, description: 'How many were marked read.' })
  async readAll(@CurrentPrincipal() principal: Principal): Promise<MarkedReadResponse> {
    return { marked: await this.inbox.markAllRead(principal.userId) };
  }

  @Post(':notificationId/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  read(@CurrentPrincipal() principal: Principal, @Param('notificationId', uuidParam('notificationId')) notificationId: string): Promise<void> {
    return this.inbox.markRead(principal.userId, notificationId);
  }

  @Get('preferences')
  @ApiOkResponse({ type: NotificationPreferenceListResponse, description: 'Per type: in-app only, e-mail immediately, or daily digest. Security notices are locked.' })
  async listPreferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferenceListResponse> {
    return { data: await this.preferences.list(principal.userId) };
  }

  @Put('preferences/:type')
  @ApiOkResponse({ type: NotificationPreferenceListResponse, description: 'All preferences after the change. Security notices answer NOTIFICATION_PREFERENCE_LOCKED.' })
  async setPreference(
    @CurrentPrincipal() principal: Principal,
    @Param('type') type: string,
    @Body() body: SetPreferenceDto,
  ): Promise<NotificationPreferenceListResponse> {
    return { data: await this.preferences.set(principal.userId, type, body.delivery) };
  }
}
