import { ApiProperty } from '@nestjs/swagger';
import type { DeliveryPreference, NotificationView, PreferenceView } from '@puente/notifications';

// Response schemas of /notifications; `implements` keeps each in step with the view the service returns.
const DELIVERIES: readonly DeliveryPreference[] = ['in_app', 'email', 'digest'];

export class NotificationResponse implements NotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'team.invitation' }) type!: string;
  @ApiProperty({ description: 'In the caller’s language' }) title!: string;
  @ApiProperty({ description: 'In the caller’s language and time zone' }) body!: string;
  @ApiProperty({ description: 'Where in the web app the notice leads' }) link!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null while unread' }) readAt!: string | null;
}

export class NotificationPageResponse {
  @ApiProperty({ type: [NotificationResponse] }) data!: NotificationResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last page' }) nextCursor!: string | null;
}

export class UnreadCountResponse {
  @ApiProperty({ minimum: 0 }) unread!: number;
}

export class MarkedReadResponse {
  @ApiProperty({ minimum: 0, description: 'How many were unread and are now read' }) marked!: number;
}

export class NotificationPreferenceResponse implements PreferenceView {
  @ApiProperty({ example: 'team.invitation' }) type!: string;
  @ApiProperty({ enum: DELIVERIES }) delivery!: DeliveryPreference;
  @ApiProperty({ description: 'Security notices: always by e-mail, cannot be changed' }) locked!: boolean;
  @ApiProperty({ enum: DELIVERIES, isArray: true, description: 'What the caller may choose for this type' }) choices!: DeliveryPreference[];
}

export class NotificationPreferenceListResponse {
  @ApiProperty({ type: [NotificationPreferenceResponse] }) data!: NotificationPreferenceResponse[];
}
