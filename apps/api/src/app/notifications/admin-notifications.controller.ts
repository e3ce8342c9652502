import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { FailedDeliveriesService } from '@puente/notifications';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AdminOnly } from '../auth/access.decorators';
import { FailedDeliveryListResponse } from './admin-notifications.responses';

class FailedDeliveriesQuery {
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
@Controller('admin/notification-deliveries')
export class AdminNotificationsController {
  constructor(private readonly failures: FailedDeliveriesService) {}

  @Get('failed')
  @ApiOkResponse({ type: FailedDeliveryListResponse, description: 'Deliveries that ran out of attempts, newest first, with their last error.' })
  async failed(@Query() query: FailedDeliveriesQuery): Promise<FailedDeliveryListResponse> {
    return { data: await this.failures.list(query.limit ?? 50) };
  }
}
