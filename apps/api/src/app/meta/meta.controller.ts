import { Public } from '../auth/access.decorators';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { registeredErrorCodes } from '@puente/platform';
import { ErrorCodeListResponse } from './meta.responses';

@ApiTags('meta')
@Public()
@Controller('meta')
export class MetaController {
  /** Lets clients (the web app first) show every error in English or Spanish by its code. */
  @Get('error-codes')
  @ApiOkResponse({ type: ErrorCodeListResponse, description: 'Every error code the API can answer with, its HTTP status and its messages in en and es.' })
  errorCodes(): ErrorCodeListResponse {
    return {
      data: [...registeredErrorCodes()].map(([code, definition]) => ({ code, status: definition.status, message: definition.message })),
    };
  }
}
