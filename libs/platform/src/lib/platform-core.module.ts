import { Global, Module } from '@nestjs/common';
import { OutboxPublisher } from './outbox/outbox.publisher';
import { Clock, SystemClock } from './time/clock';

/** What every process's feature modules may inject: the clock and the outbox publisher. */
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }, OutboxPublisher],
  exports: [Clock, OutboxPublisher],
})
export class PlatformCoreModule {}
