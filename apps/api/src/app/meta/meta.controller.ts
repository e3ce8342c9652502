import { Public } from '../auth/access.decorators';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { registeredErrorCodes, type Language } from '@puente/platform';

export interface ErrorCodeEntry {
  code: string;
  status: number;
  message: Record<Language, string>;
}

@ApiTags('meta')
@Public()
@Controller('meta')
export class MetaController {
  /** Lets clients (the web app first) show every error in English or Spanish by its code. */
  @Get('error-codes')
  @ApiOkResponse({ description: 'Every error code the API can answer with, its HTTP status and its messages in en and es.' })
  errorCodes(): { data: ErrorCodeEntry[] } {
    return {
      data: [...registeredErrorCodes()].map(([code, definition]) => ({ code, status: definition.status, message: definition.message })),
    };
  }
}
