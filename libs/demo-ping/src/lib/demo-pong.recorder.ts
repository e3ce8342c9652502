import { Injectable } from '@nestjs/common';
import { Clock, OnCommitted, type ConsumerContext } from '@puente/platform';
import { setTimeout as sleep } from 'node:timers/promises';
import { DemoPing } from './demo-ping.entity';
import { demoPingCreated } from './demo-ping.topics';
import { DemoPong } from './demo-pong.entity';

@Injectable()
export class DemoPongRecorder {
  constructor(private readonly clock: Clock) {}

  @OnCommitted(demoPingCreated, { consumer: 'demo.record-pong' })
  async recordPong(payload: { pingId: string }, { manager, attempt }: ConsumerContext): Promise<void> {
    const ping = await manager.findOneByOrFail(DemoPing, { id: payload.pingId });
    if (attempt <= ping.failAttempts) throw new Error(`simulated failure on attempt ${attempt} of ping ${ping.id}`);
    if (ping.workMs > 0) await sleep(ping.workMs);
    await manager.insert(DemoPong, { pingId: ping.id, attempt, workerPid: process.pid, recordedAt: this.clock.now() });
  }
}
