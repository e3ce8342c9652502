import { ApiProperty } from '@nestjs/swagger';
import type { DemoPingView } from '@puente/demo-ping';

// Response schemas of /demo/pings; `implements` keeps them in step with the view the service returns.
type DemoPong = DemoPingView['pongs'][number];

export class DemoPongResponse implements DemoPong {
  @ApiProperty({ description: 'The delivery attempt that recorded it (1 unless earlier ones were told to fail)' }) attempt!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ description: 'The worker process that recorded it' }) workerPid!: number;
}

export class DemoPingResponse implements DemoPingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'hola' }) message!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [DemoPongResponse], description: 'Empty until the worker has processed the ping' }) pongs!: DemoPongResponse[];
}
