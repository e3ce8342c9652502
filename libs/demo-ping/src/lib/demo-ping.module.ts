import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemoPing } from './demo-ping.entity';
import { DemoPingService } from './demo-ping.service';
import { DemoPong } from './demo-pong.entity';
import { DemoPongRecorder } from './demo-pong.recorder';

/** For the API: create and read pings. */
@Module({
  imports: [TypeOrmModule.forFeature([DemoPing, DemoPong])],
  providers: [DemoPingService],
  exports: [DemoPingService],
})
export class DemoPingModule {}

/** For the worker: record pongs when pings commit. */
@Module({
  imports: [TypeOrmModule.forFeature([DemoPing, DemoPong])],
  providers: [DemoPongRecorder],
})
export class DemoPingWorkerModule {}
