import { Public } from '../auth/access.decorators';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DemoPingService } from '@puente/demo-ping';
import { uuidParam } from '@puente/platform';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { DemoPingResponse } from './demo-ping.responses';

class CreateDemoPingDto {
  @ApiProperty({ example: 'hola' })
  @IsString()
  @Length(1, 200)
  message!: string;

  @ApiPropertyOptional({ description: 'Milliseconds the worker spends before recording the pong.', maximum: 60000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60_000)
  workMs?: number;

  @ApiPropertyOptional({ description: 'Deliveries that fail before one succeeds (shows retries and the failed set).', maximum: 20 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  failAttempts?: number;
}

/**
 * A demonstration of the outbox: creating a ping commits a row and an outbox message together;
 * the worker records a pong exactly once. To be removed once real features show the same path.
 */
@ApiTags('demo')
@Public()
@Controller('demo/pings')
export class DemoPingController {
  constructor(private readonly pings: DemoPingService) {}

  @Post()
  @ApiCreatedResponse({ type: DemoPingResponse, description: 'The ping; its pong appears once the worker has run.' })
  create(@Body() body: CreateDemoPingDto): Promise<DemoPingResponse> {
    return this.pings.createPing(body);
  }

  @Get(':id')
  @ApiOkResponse({ type: DemoPingResponse, description: 'The ping with the pongs recorded for it (one, once processed).' })
  find(@Param('id', uuidParam('id')) id: string): Promise<DemoPingResponse> {
    return this.pings.findPing(id);
  }
}
