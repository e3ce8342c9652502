import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { IgnoresBody } from '@puente/platform';
import { Type } from 'class-transformer';
import { Public } from '../../src/app/auth/access.decorators';
import { IsInt, IsString, Max, Min, ValidateNested } from 'class-validator';

class LineDto {
  @IsString()
  partNumber!: string;

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;
}

class EchoDto {
  @IsString()
  title!: string;

  @ValidateNested()
  @Type(() => LineDto)
  line!: LineDto;
}

/** Routes only tests mount: a DTO to validate and a bug to throw. */
@Public()
@Controller('test')
export class TestRoutesController {
  @Post('echo')
  echo(@Body() body: EchoDto): EchoDto {
    return body;
  }

  /** Declares no body: a non-empty one is 400 naming its properties. */
  @Post('no-body')
  @HttpCode(204)
  noBody(): void {
    return undefined;
  }

  /** Reads no body but accepts any (only the body middleware's limits apply). */
  @Post('any-body')
  @IgnoresBody()
  @HttpCode(204)
  anyBody(): void {
    return undefined;
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internal detail: connection string postgres://user:pw@db');
  }
}
