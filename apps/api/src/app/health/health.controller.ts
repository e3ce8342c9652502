import { Public } from '../auth/access.decorators';
import { Controller, Get, HttpException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { AppError } from '@puente/platform';
import { ShutdownState } from '../shutdown/shutdown-state';
import { LivenessResponse, ReadinessResponse } from './health.responses';
import { MigrationsCheck } from './migrations.check';
import { RedisHealthIndicator } from './redis.health';

const PING_TIMEOUT_MS = 1_500;

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly shutdown: ShutdownState,
    private readonly migrations: MigrationsCheck,
  ) {}

  @Get('live')
  @ApiOkResponse({ type: LivenessResponse, description: 'The process is up.' })
  live(): LivenessResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ type: ReadinessResponse, description: 'Every dependency answers.' })
  @ApiServiceUnavailableResponse({ description: 'NOT_READY naming each failing dependency, or MIGRATIONS_PENDING listing them.' })
  async ready(): Promise<ReadinessResponse> {
    if (this.shutdown.isShuttingDown) {
      throw new AppError('NOT_READY', {
        details: [{ field: 'process', issue: 'shutting_down', message: 'this instance is shutting down' }],
      });
    }
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.database.pingCheck('database', { timeout: PING_TIMEOUT_MS }),
        () => this.redis.isHealthy('redis'),
      ]);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const failing = (error.getResponse() as HealthCheckResult).error ?? {};
      throw new AppError('NOT_READY', {
        message: {
          en: `Not ready: ${Object.keys(failing).join(', ')} unreachable.`,
          es: `No está listo: ${Object.keys(failing).join(', ')} no responde.`,
        },
        // The caller is anonymous: it learns which dependency is down, never the driver's message
        // (which can carry host names, ports or user names).
        details: Object.keys(failing).map((name) => ({ field: name, issue: 'unreachable', message: `${name} did not answer` })),
      });
    }
    await this.migrations.assertApplied();
    return { status: 'ok', checks: Object.fromEntries(Object.keys(result.details).map((name) => [name, 'up' as const])) };
  }
}
