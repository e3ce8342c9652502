import { ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/** `@Param('id', uuidParam('id'))`: a malformed id is VALIDATION_FAILED naming the parameter. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new AppError('VALIDATION_FAILED', {
        details: [{ field: name, issue: 'isUuid', message: `${name} must be a UUID` }],
        message: { en: `Invalid fields: ${name}.`, es: `Campos no válidos: ${name}.` },
      }),
  });
}
