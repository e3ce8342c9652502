import { ApiProperty } from '@nestjs/swagger';

// Response schemas of the probes, so load balancers' and operators' tooling can read them from /api/docs.

export class LivenessResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

export class ReadinessResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', enum: ['up'] }, example: { database: 'up', redis: 'up' } })
  checks!: Record<string, 'up'>;
}
