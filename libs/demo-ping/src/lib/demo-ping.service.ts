import { Injectable } from '@nestjs/common';
import { AppError, Clock, OutboxPublisher } from '@puente/platform';
import { DataSource } from 'typeorm';
import { DemoPing } from './demo-ping.entity';
import { demoPingCreated } from './demo-ping.topics';
import { DemoPong } from './demo-pong.entity';

export interface NewDemoPing {
  message: string;
  workMs?: number;
  failAttempts?: number;
}

export interface DemoPingView {
  id: string;
  message: string;
  createdAt: string;
  pongs: Array<{ attempt: number; recordedAt: string; workerPid: number }>;
}

@Injectable()
export class DemoPingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
  ) {}

  /** The ping and its outbox row commit together, or neither does. */
  async createPing(input: NewDemoPing): Promise<DemoPingView> {
    const ping = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(DemoPing, {
          message: input.message,
          workMs: input.workMs ?? 0,
          failAttempts: input.failAttempts ?? 0,
          createdAt: this.clock.now(),
        }),
      );
      await this.outbox.publish(manager, demoPingCreated, { pingId: saved.id });
      return saved;
    });
    return this.view(ping, []);
  }

  async findPing(id: string): Promise<DemoPingView> {
    const ping = await this.dataSource.getRepository(DemoPing).findOneBy({ id });
    if (!ping) throw new AppError('NOT_FOUND', { details: [{ field: 'id', issue: 'not_found', message: `no ping ${id}` }] });
    const pongs = await this.dataSource.getRepository(DemoPong).find({ where: { pingId: id }, order: { id: 'ASC' } });
    return this.view(ping, pongs);
  }

  private view(ping: DemoPing, pongs: DemoPong[]): DemoPingView {
    return {
      id: ping.id,
      message: ping.message,
      createdAt: ping.createdAt.toISOString(),
      pongs: pongs.map((pong) => ({ attempt: pong.attempt, recordedAt: pong.recordedAt.toISOString(), workerPid: pong.workerPid })),
    };
  }
}
