import { ApiProperty } from '@nestjs/swagger';
import type { FailedDeliveryView } from '@puente/notifications';

// Response schema of GET /admin/notification-deliveries/failed; `implements` keeps it in step with the view.

export class FailedDeliveryResponse implements FailedDeliveryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'team.invitation' }) type!: string;
  @ApiProperty({ example: 'email' }) channel!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for an address without an account' }) userId!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) failedAt!: string;
}

export class FailedDeliveryListResponse {
  @ApiProperty({ type: [FailedDeliveryResponse] }) data!: FailedDeliveryResponse[];
}
