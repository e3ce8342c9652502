import { ApiProperty } from '@nestjs/swagger';
import type { RfqQuestionListView, RfqQuestionView } from '@puente/sourcing';

export class RfqQuestionAskerResponse {
  @ApiProperty({ format: 'uuid' }) readonly organizationId!: string;
  @ApiProperty() readonly organizationName!: string;
}

export class RfqQuestionResponse implements RfqQuestionView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty() readonly body!: string;
  @ApiProperty({ format: 'date-time' }) readonly askedAt!: string;
  @ApiProperty({ type: RfqQuestionAskerResponse, nullable: true, description: 'For the buyer, admins and the asking organization; null on a public answer read by others.' })
  readonly askedBy!: RfqQuestionAskerResponse | null;
  @ApiProperty({ description: 'Your organization asked it.' }) readonly own!: boolean;
  @ApiProperty({ type: String, nullable: true }) readonly answer!: string | null;
  @ApiProperty() readonly public!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly answeredAt!: string | null;
}

export class RfqQuestionListResponse implements RfqQuestionListView {
  @ApiProperty({ type: [RfqQuestionResponse] }) readonly data!: RfqQuestionResponse[];
}
