import { ApiProperty } from '@nestjs/swagger';
import type { AuditEvent } from '@puente/identity';

// Response schema of GET /admin/audit-events. The service returns AuditEvent entities as they are;
// `implements` makes a new entity column fail to compile until it is documented here.

export class AuditEventResponse implements AuditEvent {
  @ApiProperty({ description: 'bigint as a string; pass the last one as ?before= to page on', example: '1042' }) id!: string;
  // A Date in the entity, an ISO 8601 string once serialized.
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: Date;
  @ApiProperty({ example: 'auth.signed_in' }) action!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorOrganizationId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'user' }) targetType!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The target before the change' }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The target after the change' }) after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
}

export class AuditEventPageResponse {
  @ApiProperty({ type: [AuditEventResponse], description: 'Newest first' }) data!: AuditEventResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?before= for the next page; null on the last page' }) nextBefore!: string | null;
}
